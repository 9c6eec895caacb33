## صورة المخاطر: التقييمات، وجزء المستشار، والأنماط من سجل الحوادث.
## تبقى أسماء خطوط المساعدة بالإنجليزية؛ وتأتي أرقام الهواتف والأوقات كمتغيرات.
## "المستشار" ترجمة advocate (الشخص الذي يدعم الضحية، كما في بقية التطبيق)، وليس المحامي.

## الإجابات

risk-answer-yes = نعم
risk-answer-no = لا
risk-answer-not-known = لا أعرف

## الأسئلة. الإساءة الأسرية: مجالات قائمة SafeLives DASH (من 1 إلى 24). الملاحقة: مجالات S-DASH (من 1 إلى 11).
## ثم الأسئلة السابقة. يجب أن يبقى المعنى دقيقًا: ينقل المستشارون الإجابات إلى النماذج الرسمية.

risk-q-da-injury = هل أصبت بأذى في آخر مرة حدث فيها شيء؟
risk-q-da-frightened = هل يتملّكك خوف شديد؟
risk-q-da-afraid-of = هل لديك خوف من أن يؤذيك هذا الشخص مجددًا، أو أن يفعل ما هو أسوأ؟
risk-q-da-isolated = هل يُبعدك هذا الشخص عن العائلة أو الأصدقاء أو طبيبك أو أشخاص آخرين؟
risk-q-da-low-mood = هل مررت بفترة من الحزن الشديد، أو راودتك أفكار بإنهاء حياتك؟
risk-q-da-separation = هل انفصلت عن هذا الشخص، أو حاولت ذلك، خلال السنة الماضية؟
risk-q-da-child-contact = هل يوجد خلاف مع هذا الشخص بشأن رؤية الأطفال؟
risk-q-da-stalking = هل يواصل هذا الشخص مراسلتك أو الاتصال بك أو تعقّبك أو مراقبتك؟
risk-q-da-pregnancy = هل أنت حامل، أو هل أنجبت طفلًا خلال آخر 18 شهرًا؟
risk-q-da-more-often = هل أصبح ذلك يحدث أكثر من ذي قبل؟
risk-q-da-worse = هل يزداد الأمر سوءًا؟
risk-q-da-control = هل يحاول هذا الشخص التحكم في تصرفاتك، أو يُظهر غيرة شديدة؟
risk-q-da-weapon = هل سبق أن آذاك هذا الشخص بسلاح أو بأداة؟
risk-q-da-threat-to-kill = هل سبق أن هدّد هذا الشخص بقتلك أو بقتل شخص آخر، وصدّقت تهديده؟
risk-q-da-strangling = هل سبق أن حاول هذا الشخص خنقك أو الضغط على عنقك أو كتم أنفاسك أو إغراقك؟
risk-q-da-sexual = هل يفعل هذا الشخص أو يقول أشياء جنسية تؤذيك أو تسبب لك شعورًا سيئًا، أو يفعل ذلك مع شخص آخر؟
risk-q-da-other-threat = هل هناك أي شخص آخر هدّدك، أو يثير خوفك؟
risk-q-da-hurt-others = هل وصل إلى علمك أن هذا الشخص آذى أحدًا آخر، مثل الأطفال أو أحد الأقارب أو شريك سابق؟
risk-q-da-animals = هل سبق أن آذى هذا الشخص حيوانًا أو حيوانًا أليفًا، أو أساء معاملته؟
risk-q-da-money = هل توجد مشكلات مالية، مثل الاعتماد عليه في المال، أو فقدانه لعمله؟
risk-q-da-their-problems = خلال السنة الماضية، هل جعلت الكحول أو المخدرات أو صحته النفسية الحياة اليومية صعبة عليه؟
risk-q-da-their-suicide = هل سبق أن هدّد هذا الشخص بإنهاء حياته أو حاول ذلك؟
risk-q-da-broken-terms = هل سبق أن خالف هذا الشخص شروط الإفراج بكفالة (bail) أو أمرًا من المحكمة (court order) أو اتفاقًا بشأن رؤيتك أو رؤية الأطفال؟
risk-q-da-police = هل وصل إلى علمك أن هذا الشخص واجه مشكلات مع الشرطة، أو أن لديه سجلًا جنائيًا؟

risk-q-st-frightened = هل يتملّكك خوف شديد؟
risk-q-st-history = هل أساء إليك هذا الشخص أو ضايقك، أو فعل ذلك بأي شخص آخر، قبل أن يبدأ هذا؟
risk-q-st-damage = هل أتلف هذا الشخص أو دمّر أي شيء من ممتلكاتك؟
risk-q-st-turns-up = هل يظهر هذا الشخص في مكان وجودك، دون دعوة، أكثر من ثلاث مرات في الأسبوع؟
risk-q-st-follows = هل تعقّبك هذا الشخص، أو ظل يحوم بالقرب منك؟
risk-q-st-threats = هل هدّدك هذا الشخص بإيذائك جسديًا أو جنسيًا؟
risk-q-st-third-parties = منذ أن بدأ هذا، هل ضايق هذا الشخص المقربين منك (العائلة أو الأطفال أو الأصدقاء أو شريكًا أو زملاء العمل أو الجيران)؟
risk-q-st-violent-to-others = هل مارس هذا الشخص العنف ضد أي شخص آخر أثناء حدوث كل هذا؟
risk-q-st-helpers = هل استعان هذا الشخص بأشخاص آخرين لمساعدته، سواء كان هؤلاء يعلمون بذلك أم لا؟
risk-q-st-drink-drugs = هل من المعروف أن هذا الشخص يسيء استخدام الكحول أو المخدرات؟
risk-q-st-violent-before = هل مارس هذا الشخص العنف في الماضي، جسديًا أو نفسيًا؟

risk-q-weekly = هل يحدث ذلك كل أسبوع، أو أكثر؟
risk-q-worse = هل أصبح ذلك يحدث مؤخرًا بوتيرة أكبر، أو صار أكثر إخافة؟
risk-q-long-running = هل يستمر ذلك منذ أكثر من بضعة أشهر؟
risk-q-threats = هل هدّدك هذا الشخص، أو هدّد أطفالك، أو أحد المقربين منك؟
risk-q-threat-to-kill = هل هدّد هذا الشخص بقتلك أو بإيذائك إيذاءً شديدًا، أو بإيذاء نفسه؟
risk-q-violence = هل سبق أن آذاك هذا الشخص، أو مارس العنف ضد أي شخص آخر؟
risk-q-weapon = هل يملك هذا الشخص سلاحًا، أو تحدّث عن الحصول على سلاح أو استخدامه؟
risk-q-third-parties = هل جعل هذا الشخص أشخاصًا آخرين يتواصلون معك أو يراقبونك أو يتعقبونك نيابة عنه؟
risk-q-turns-up = هل ظهر هذا الشخص عند منزلك أو عملك أو مدرستك أو الأماكن التي اعتدت الذهاب إليها؟
risk-q-damage = هل أتلف هذا الشخص أغراضك أو سيارتك أو منزلك أو بريدك، أو عبث بها؟
risk-q-tracking = هل يبدو أن هذا الشخص يعرف مكانك، أو يدخل إلى هاتفك أو حساباتك؟
risk-q-fear = هل لديك خوف مما قد يفعله هذا الشخص لاحقًا؟
risk-q-changed-life = هل غيّرت روتينك أو عملك أو منزلك بسبب هذا الشخص؟
risk-q-order-breach = هل خالف هذا الشخص أمرًا من المحكمة (court order) أو شروط الإفراج بكفالة (bail conditions) أو تحذيرًا من الشرطة؟
risk-q-former-partner = هل هذا الشخص شريك سابق لك؟

## عناوين المجالات

risk-area-you = أنت وحالك
risk-area-situation = وضعك
risk-area-what-they-do = ما يفعله هذا الشخص
risk-area-others-animals-money = أشخاص آخرون وحيوانات ومال
risk-area-about-them = عن هذا الشخص
risk-area-how-you-feel = مشاعرك
risk-area-what-has-happened = ما الذي حدث
risk-area-other-people = أشخاص آخرون

## التقييمات

risk-instrument-domestic-abuse = تقييم الإساءة الأسرية
risk-instrument-domestic-abuse-choice = إساءة من شريك أو شريك سابق أو أحد أفراد الأسرة ({ $count ->
        [one] سؤال واحد
        [two] سؤالان
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    })
risk-instrument-stalking = تقييم الملاحقة
risk-instrument-stalking-choice = الملاحقة أو المضايقة، من أي شخص ({ $count ->
        [one] سؤال واحد
        [two] سؤالان
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    })
risk-instrument-earlier = تقييم المخاطر (الأسئلة السابقة)

## المستويات

risk-level-not-graded = غير مصنّف
risk-level-fewer-concerns = مخاوف أقل
risk-level-some-concerns = بعض المخاوف
risk-level-serious-concerns = مخاوف جدية
risk-level-standard = عادي
risk-level-medium = متوسط
risk-level-high = مرتفع

## ما يُقال بعد التقييم

risk-helpline-stalking = خط المساعدة الوطني للملاحقة National Stalking Helpline (هاتف { $phone }، من الاثنين إلى الجمعة { $weekdays }، والأربعاء { $wednesdays })
risk-helpline-domestic-abuse = خط المساعدة الوطني للإساءة الأسرية National Domestic Abuse Helpline (هاتف { $phone }، في أي وقت)
risk-in-danger = إذا كنت في خطر الآن، يُرجى الاتصال بالرقم 999. وإذا لم يكن بإمكانك الكلام، يُرجى الاتصال بالرقم 999 من هاتف محمول والضغط على 55 عندما يُطلب منك ذلك.
risk-level-high-message = بعض إجاباتك من النوع الذي يأخذه المستشارون على محمل الجد كثيرًا. ليس عليك مواجهة هذا وحدك. يستطيع { $helpline } أو الـIDVA الخاص بك التحدث معك في الأمر ومساعدتك في التخطيط.
risk-level-raised-message = بعض إجاباتك أمور قد يرغب المستشار في معرفتها. ليس عليك مواجهة هذا وحدك. يستطيع { $helpline } أو الـIDVA الخاص بك التحدث معك في الأمر. إذا كنت في خطر الآن، يُرجى الاتصال بالرقم 999.
risk-thanks = شكرًا لك. قد تتغير الأمور، لذا قد يفيد الرجوع إلى هذا من حين لآخر.
risk-screening-count-reached = { $yes } من أصل { $total } إجابة هي "نعم". عند { $threshold } إجابة "نعم" أو أكثر يحيل المستشارون الشخص إلى MARAC: وهو اجتماع تخطط فيه الخدمات المحلية معًا للحفاظ على سلامة الناس.
risk-screening-judgement = تقدير المستشار: { $level }.
risk-screening-serious = بعض إجاباتك من النوع الذي يأخذه المستشارون على محمل الجد كثيرًا.
risk-screening-some = بعض إجاباتك أمور قد يرغب المستشار في معرفتها.
risk-screening-meets-criteria = هذا يستوفي معايير الإحالة إلى MARAC.
risk-screening-explain-referral = يستطيع مستشار (IDVA) أن يشرح لك ما تعنيه الإحالة وأن يتحدث معك فيها. يستطيع { $helpline } أن يصلك بأحد المستشارين.
risk-screening-not-alone = ليس عليك مواجهة هذا وحدك. يستطيع { $helpline } أو الـIDVA الخاص بك التحدث معك في الأمر.
risk-referred-on = تمت الإحالة إلى MARAC في { $date }.

## حقائق عن التقييم

risk-facts-earlier = { $level }. { $yes }.
risk-facts = { $level }، { $yes }.
risk-yes-of = { $yes } من أصل { $total } بـ"نعم"
risk-yes-count = { $count ->
        [0] لا توجد إجابات بـ"نعم"
        [one] إجابة واحدة بـ"نعم"
        [two] إجابتان بـ"نعم"
        [few] { $count } إجابات بـ"نعم"
        [many] { $count } إجابة بـ"نعم"
       *[other] { $count } إجابة بـ"نعم"
    }
risk-done-alone-your = أُنجز في { $date }، بمفردك.
risk-done-alone-their = أُنجز في { $date }، من قِبل الشخص بمفرده.
risk-done-with-your-advocate-named = أُنجز في { $date }، مع مستشارك، { $advocate }.
risk-done-with-their-advocate-named = أُنجز في { $date }، مع مستشار الشخص، { $advocate }.
risk-done-with-your-advocate = أُنجز في { $date }، مع مستشارك.
risk-done-with-their-advocate = أُنجز في { $date }، مع مستشار الشخص.
risk-count-line-reached = العدد اللازم للإحالة إلى MARAC ({ $threshold } إجابة "نعم" أو أكثر): تم بلوغه.
risk-count-line-not-reached = العدد اللازم للإحالة إلى MARAC ({ $threshold } إجابة "نعم" أو أكثر): لم يتم بلوغه.
risk-judgement-line = تقدير المستشار: { $level }. السبب: { $reason }
risk-judgement-line-referring = تقدير المستشار: { $level }، مع الإحالة إلى MARAC. السبب: { $reason }
risk-escalation-line = ثلاث حوادث أو أكثر خلال الاثني عشر شهرًا الماضية (تصاعد).
risk-marac-criteria-met = معايير MARAC المستوفاة: { $criteria }.
risk-marac-reason-count = العدد
risk-marac-reason-judgement = التقدير المهني
risk-marac-reason-escalation = التصاعد
risk-next-review-line = المراجعة التالية: { $date }.

## مشكلات في جزء المستشار

risk-problem-done-on-missing = يُرجى ذكر اليوم الذي أُجري فيه التقييم.
risk-problem-done-on-future = يوم إجراء التقييم في المستقبل. يُرجى التحقق من التاريخ.
risk-problem-reason-missing = يُرجى ذكر سبب التقدير: فهو يُحفظ مع التقييم.
risk-problem-judgement-missing = يُرجى اختيار عادي أو متوسط أو مرتفع للتقدير قبل الإحالة بناءً عليه.
risk-problem-marac-before-screening = تاريخ الإحالة إلى MARAC يسبق التقييم. يُرجى التحقق منه.
risk-problem-marac-future = تاريخ الإحالة إلى MARAC في المستقبل. يُرجى تسجيله بعد إتمام الإحالة.
risk-problem-review-too-early = يجب أن تكون المراجعة التالية بعد يوم التقييم.
risk-problem-date-incomplete = هذا التاريخ غير مكتمل. يُرجى كتابة اليوم والشهر والسنة، أو ترك الحقل فارغًا.
risk-problem-choose-questions = يُرجى أولًا اختيار الأسئلة المراد الإجابة عنها.

## ما الذي تغيّر منذ التقييم السابق

risk-change-since = منذ { $date }
risk-change-since-time = منذ { $date } الساعة { $time }
risk-change-same-your = { $since }: إجاباتك كما هي.
risk-change-same-their = { $since }: إجابات الشخص كما هي.
risk-change = { $since }: { $changes }.
risk-change-level = تغيّرت الصورة العامة من "{ $from }" إلى "{ $to }"
risk-change-now-yes = { $count ->
        [one] تغيّرت إجابة واحدة إلى "نعم"
        [two] تغيّرت إجابتان إلى "نعم"
        [few] تغيّرت { $count } إجابات إلى "نعم"
        [many] تغيّرت { $count } إجابة إلى "نعم"
       *[other] تغيّرت { $count } إجابة إلى "نعم"
    }
risk-change-no-longer-yes = { $count ->
        [one] لم تعد إجابة واحدة "نعم"
        [two] لم تعد إجابتان "نعم"
        [few] لم تعد { $count } إجابات "نعم"
        [many] لم تعد { $count } إجابة "نعم"
       *[other] لم تعد { $count } إجابة "نعم"
    }
risk-change-other = تغيّرت بعض الإجابات، لكن لم يتغير أي منها إلى "نعم" أو من "نعم"
risk-join-and = { $first } و{ $last }
risk-join-comma = { $first }، { $next }

## الأنماط من سجل الحوادث

risk-pattern-one-on = حادثة واحدة حتى الآن، في { $date }.
risk-pattern-one = حادثة واحدة حتى الآن.
risk-pattern-summary-first = { $count ->
        [two] حادثتان
        [few] { $count } حوادث
        [many] { $count } حادثة
       *[other] { $count } حادثة
    } خلال { $weeks ->
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weeks } أسابيع
        [many] { $weeks } أسبوعًا
       *[other] { $weeks } أسبوع
    }، وكانت الأولى في { $date }.
risk-pattern-summary = { $count ->
        [two] حادثتان
        [few] { $count } حوادث
        [many] { $count } حادثة
       *[other] { $count } حادثة
    } خلال { $weeks ->
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weeks } أسابيع
        [many] { $weeks } أسبوعًا
       *[other] { $weeks } أسبوع
    }.
risk-trend-too-few = لا توجد إدخالات كافية بعد لمعرفة ما إذا كانت الأمور تتغير.
risk-trend-rising = خلال الأسابيع الأربعة الأخيرة { $recent ->
        [zero] لم تقع أي حادثة
        [one] وقعت حادثة واحدة
        [two] وقعت حادثتان
        [few] وقعت { $recent } حوادث
        [many] وقعت { $recent } حادثة
       *[other] وقعت { $recent } حادثة
    }، بعد أن كان العدد { $before } في الأسابيع الأربعة التي قبلها. تكرار الأمور بوتيرة أكبر أمر يأخذه المستشارون على محمل الجد. قد يفيد الاطلاع على خطة الأمان الخاصة بك مجددًا أو التحدث إلى مستشارك.
risk-trend-falling = خلال الأسابيع الأربعة الأخيرة { $recent ->
        [zero] لم تقع أي حادثة
        [one] وقعت حادثة واحدة
        [two] وقعت حادثتان
        [few] وقعت { $recent } حوادث
        [many] وقعت { $recent } حادثة
       *[other] وقعت { $recent } حادثة
    }، وهذا أقل من { $before } في الأسابيع الأربعة التي قبلها. قد تتغير الأمور، لذا يظل من المفيد تدوين ما يحدث عند حدوثه.
risk-trend-steady = خلال الأسابيع الأربعة الأخيرة { $recent ->
        [zero] لم تقع أي حادثة
        [one] وقعت حادثة واحدة
        [two] وقعت حادثتان
        [few] وقعت { $recent } حوادث
        [many] وقعت { $recent } حادثة
       *[other] وقعت { $recent } حادثة
    }، أي تقريبًا مثل الأسابيع الأربعة التي قبلها ({ $before }).

## شاشة صورة المخاطر

risk-title = صورة المخاطر
risk-lead = يساعدك هذا أنت ومستشارك على رؤية كيف تتغير الأمور. هذا ليس اختبارًا، ولا توجد إجابات خاطئة.
risk-lead-case = كيف تتغير الأمور لهذا الشخص: الأنماط في سجل هذه الحالة، والتقييمات على مر الوقت.
risk-shared-list-label = تقييمات المخاطر التي يشاركها الشخص، الأحدث أولًا
risk-get-help = الحصول على المساعدة
risk-open-plan = فتح خطة الأمان الخاصة بي
risk-patterns-title = الأنماط
risk-patterns-empty = عند إضافة إدخالات إلى سجل الحوادث، سيظهر هنا مدى تكرار ما يحدث.
risk-patterns-error = تعذّر حساب الأنماط الآن.
risk-chart-per-week = الحوادث في كل أسبوع
risk-chart-last-weeks = يعرض الرسم البياني { $count ->
        [one] الأسبوع الأخير
        [two] الأسبوعين الأخيرين
        [few] آخر { $count } أسابيع
        [many] آخر { $count } أسبوعًا
       *[other] آخر { $count } أسبوع
    }.
risk-chart-by-type = حسب النوع

## نموذج التقييم

risk-screening-title = تقييم المخاطر
risk-screening-intro = أسئلة يطرحها المستشارون عمّا يحدث، في مجموعتين: واحدة عن الإساءة من شريك أو شريك سابق أو أحد أفراد الأسرة، وأخرى عن الملاحقة أو المضايقة. يمكنك الإجابة عن أي عدد من الأسئلة، كثيرًا كان أو قليلًا. تُحفظ إجاباتك مع تاريخها، حتى يمكن رؤية كيف تتغير الأمور. ولا تغادر هذا الكمبيوتر إلا إذا اخترت مشاركتها.
risk-screening-intro-case = تُحفظ التقييمات المُجراة مع هذا الشخص في هذه الحالة مع تاريخها، إلى جانب تلك التي يشاركها معك. لا يُرسل إليه أي شيء من هنا.
risk-latest-saved = { $name }: حُفظ في { $date }
risk-latest-last-time = المرة الأخيرة: { $name }، { $date }
risk-answer-again = الإجابة عن الأسئلة مرة أخرى
risk-questions-error = تعذّر تحميل الأسئلة الآن.
risk-form-label = أسئلة تقييم المخاطر
risk-which-questions = أي الأسئلة؟
risk-stalking-followup = كانت إجابتك عن هذا "نعم": أسئلة الملاحقة تسأل عنه بتفصيل أكبر. يمكنك الإجابة عنها بعد حفظ هذه الإجابات.
risk-clear-answer = مسح الإجابة
risk-clear-answer-to = مسح الإجابة عن: { $question }
risk-count-choose = يُرجى اختيار مجموعة الأسئلة لعرضها.
risk-count = "نعم" حتى الآن: { $yes } من أصل { $total }. تمت الإجابة عن: { $answered }.
risk-done-on-label = يوم الإجراء
risk-who-answered = من أجاب؟
risk-by-alone = أنا، بمفردي
risk-by-advocate = أنا، مع مستشاري، في جلسة
risk-by-alone-case = الشخص، بمفرده
risk-by-advocate-case = الشخص، معي، في جلسة
risk-note-label = ملاحظات إضافية (اختياري)
risk-save = حفظ الإجابات
risk-save-error = تعذّر حفظ إجاباتك. لم يُفقد شيء؛ يُرجى المحاولة مرة أخرى.
risk-draft-label = تقييم مخاطر
# تُكمل جملة تقول إن هذا لم يُحفظ بعد. اسم الزر كما في risk-save.
risk-draft-save-hint = يُرجى الضغط على "حفظ الإجابات" للاحتفاظ بها

## جزء المستشار

risk-advocate-part = جزء المستشار
risk-advocate-name-label = اسم المستشار أو صفته، كما يجب أن يظهر (اختياري)
risk-judgement-legend = التقدير المهني للمستشار
risk-professional-judgement = التقدير المهني
risk-judgement-none = بدون تقدير
risk-refer-label = الإحالة إلى MARAC بناءً على هذا التقدير، أيًا كان العدد
risk-reason-label = سبب التقدير (مطلوب عند تقديم تقدير)
risk-escalation-label = ثلاث حوادث أو أكثر خلال الاثني عشر شهرًا الماضية (تصاعد)
risk-marac-on-label = تاريخ الإحالة إلى MARAC (اختياري)
risk-marac-on-hint = يُترك فارغًا إذا لم تتم أي إحالة بعد.
risk-review-on-label = المراجعة التالية (اختياري)
risk-review-on-hint = تظهر في قائمة الحالات، ويُشار إليها عند حلول موعدها.
risk-add-advocate-part = إضافة جزء المستشار
risk-sign-off-hint = يُضاف بتاريخ اليوم. تبقى الإجابات تمامًا كما أُعطيت.
risk-save-advocate-part = حفظ جزء المستشار
risk-cancel = إلغاء
risk-sign-off-save-error = تعذّر الحفظ. لم يُفقد شيء؛ يُرجى المحاولة مرة أخرى.

## التقييمات السابقة

risk-history-title = إجاباتك على مر الوقت
risk-history-title-case = التقييمات في هذه الحالة على مر الوقت
risk-entry-note-yours = ملاحظتك:
risk-entry-note-theirs = ملاحظة الشخص:
risk-entry-note = ملاحظة:
risk-entry-at = الساعة { $time }
risk-entry-signed-off-on = أُضيف جزء المستشار في { $date }.
risk-entry-now-yes = أصبحت "نعم":
risk-entry-see-answers = عرض هذه الإجابات
risk-entry-not-answered = لم تتم الإجابة
