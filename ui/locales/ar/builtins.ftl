## What a new vault starts with, in the language in use while the person has not changed it:
## the built-in checklists (crates/store/src/checklists.rs) and the support directory's
## services (crates/store/src/directory.rs). Names of organisations stay as they are.

builtin-checklist-changing-routines = تغيير الروتين اليومي
builtin-checklist-changing-routines-01 = تغيير الطرق التي أسلكها إلى الأماكن التي أرتادها بانتظام
builtin-checklist-changing-routines-02 = تغيير أوقات خروجي ووصولي
builtin-checklist-changing-routines-03 = التنقّل برفقة شخص آخر متى أمكن
builtin-checklist-changing-routines-04 = مشاركة مسار رحلتي أو موعد وصولي المتوقّع مع شخص أثق به
builtin-checklist-changing-routines-05 = تجنّب نشر مكان وجودي أو المكان الذي سأكون فيه، أو صور تكشف ذلك
builtin-checklist-changing-routines-06 = الطلب من الأصدقاء والعائلة عدم نشر موقعي أو صور لي
builtin-checklist-changing-routines-07 = إخبار شخص في العمل أو المدرسة بما يحدث، والاتفاق معه على خطة
builtin-checklist-changing-routines-08 = طلب التسجيل في السجل الانتخابي (electoral register) دون الكشف عن الهوية
builtin-checklist-changing-routines-09 = تحويل بريدي إلى عنوان آخر أو استخدام صندوق بريد (PO box)
builtin-checklist-changing-routines-10 = ارتياد متاجر أو صالات رياضية أو مقاهٍ مختلفة من حين لآخر
builtin-checklist-changing-routines-11 = إبقاء هاتفي مشحونًا ومعي دائمًا

builtin-checklist-devices-and-accounts = الأجهزة والحسابات
builtin-checklist-devices-and-accounts-warning = قد يؤدي تغيير الإعدادات أو كلمات المرور إلى تنبيه الشخص الآخر إلى أن هناك خطوات تُتّخذ، وهذا يزيد الوضع خطورة بالنسبة إلى بعض الناس. عند عدم التأكد، يُرجى التحدث أولًا إلى إحدى خدمات الدعم، وإجراء التغييرات من جهاز لم يصل إليه ذلك الشخص قط.
builtin-checklist-devices-and-accounts-01 = التحقق من Find My / Find My Device ومن يمكنه رؤية موقعي
builtin-checklist-devices-and-accounts-02 = التحقق من مشاركة الموقع في تطبيقات الخرائط والمراسلة والتواصل الاجتماعي
builtin-checklist-devices-and-accounts-03 = التحقق من الأجهزة المسجَّل دخولها إلى حساباتي
builtin-checklist-devices-and-accounts-04 = إعداد قائمة بالحسابات المشتركة أو التي قد يعرف الشخص الآخر كلمة مرورها
builtin-checklist-devices-and-accounts-05 = تفتيش حقيبتي ومعطفي وسيارتي بحثًا عن أجهزة تتبّع (AirTag، Tile، SmartTag)
builtin-checklist-devices-and-accounts-06 = البحث في هاتفي عن تطبيقات أو ملفات تعريف أو إدارة أجهزة غير معروفة
builtin-checklist-devices-and-accounts-07 = تغيير كلمات المرور من جهاز آمن، بدءًا بالبريد الإلكتروني
builtin-checklist-devices-and-accounts-08 = تفعيل التحقق بخطوتين للبريد الإلكتروني والحسابات المصرفية ووسائل التواصل الاجتماعي
builtin-checklist-devices-and-accounts-09 = التحقق من قواعد إعادة توجيه البريد الإلكتروني وأرقام الهواتف المخصصة لاسترداد الحسابات
builtin-checklist-devices-and-accounts-10 = التحقق من أجهزة المنزل الذكي وأجراس الأبواب والكاميرات التي قد يتمكن الشخص الآخر من الوصول إليها
builtin-checklist-devices-and-accounts-11 = التحقق من تطبيق السيارة والخدمات المتصلة بها

builtin-service-gb-999-name = خدمات الطوارئ
builtin-service-gb-999-description = الشرطة أو الإسعاف أو الإطفاء عندما يكون أحد في خطر الآن.
builtin-service-gb-999-hours = على مدار 24 ساعة
builtin-service-gb-silent-solution-name = Silent Solution (الحل الصامت)
builtin-service-gb-silent-solution-description = إذا تعذّر الكلام: يُرجى الاتصال بالرقم 999 من هاتف محمول، والاستماع، ثم الضغط على 55 عند الطلب. سيعرف موظف الطوارئ أنها حالة طوارئ حقيقية.
builtin-service-gb-silent-solution-hours = على مدار 24 ساعة
builtin-service-gb-101-name = الشرطة (لغير حالات الطوارئ)
builtin-service-gb-101-description = للإبلاغ عن أمر حدث بالفعل، أو لطلب المشورة عندما لا يكون أحد في خطر مباشر.
builtin-service-gb-101-hours = على مدار 24 ساعة
builtin-service-gb-national-stalking-helpline-name = National Stalking Helpline (خط المساعدة الوطني للملاحقة)
builtin-service-gb-national-stalking-helpline-description = المشورة والدعم لكل من يتأثر بالملاحقة.
builtin-service-gb-national-stalking-helpline-hours = الاثنين والثلاثاء والخميس والجمعة 09:30–16:00؛ الأربعاء 13:00–16:00
builtin-service-gb-refuge-name = National Domestic Abuse Helpline (خط المساعدة الوطني للإساءة الأسرية، Refuge)
builtin-service-gb-refuge-description = دعم مجاني وسري لكل من يتعرض للإساءة الأسرية، بما في ذلك المساعدة في العثور على مأوى آمن (refuge).
builtin-service-gb-refuge-hours = على مدار 24 ساعة
builtin-service-gb-crimestoppers-name = Crimestoppers
builtin-service-gb-crimestoppers-description = الإبلاغ عن معلومات تتعلق بالجرائم دون الكشف عن الهوية.
builtin-service-gb-crimestoppers-hours = على مدار 24 ساعة
builtin-service-gb-paladin-name = Paladin National Stalking Advocacy Service (الخدمة الوطنية لمناصرة ضحايا الملاحقة)
builtin-service-gb-paladin-description = مستشارون متخصصون في الملاحقة يدعمون الأشخاص المعرّضين لخطر كبير، ويساعدونهم في التعامل مع الشرطة والمحاكم.
builtin-service-gb-paladin-hours = من الاثنين إلى الجمعة
builtin-service-gb-wls-live-fear-free-name = Live Fear Free helpline (خط مساعدة «عِش بلا خوف»)
builtin-service-gb-wls-live-fear-free-description = مساعدة مجانية وسرية باللغة الويلزية أو الإنجليزية لكل من يتعرض في ويلز للإساءة الأسرية أو العنف الجنسي أو الملاحقة. يمكن أيضًا إرسال رسالة نصية إلى 07860 077 333.
builtin-service-gb-wls-live-fear-free-hours = على مدار 24 ساعة
builtin-service-gb-sct-domestic-abuse-helpline-name = Scotland's Domestic Abuse and Forced Marriage Helpline (خط المساعدة الاسكتلندي للإساءة الأسرية والزواج القسري)
builtin-service-gb-sct-domestic-abuse-helpline-description = دعم مجاني وسري لكل من يتأثر في اسكتلندا بالإساءة الأسرية أو الزواج القسري.
builtin-service-gb-sct-domestic-abuse-helpline-hours = على مدار 24 ساعة
builtin-service-gb-nir-domestic-sexual-abuse-helpline-name = Domestic and Sexual Abuse Helpline (خط المساعدة للإساءة الأسرية والجنسية)
builtin-service-gb-nir-domestic-sexual-abuse-helpline-description = دعم مجاني وسري لكل من يتأثر في أيرلندا الشمالية بالإساءة الأسرية أو الجنسية.
builtin-service-gb-nir-domestic-sexual-abuse-helpline-hours = على مدار 24 ساعة
builtin-service-gb-mens-advice-line-name = Men's Advice Line (خط استشارات للرجال، Respect)
builtin-service-gb-mens-advice-line-description = دعم سري للرجال الذين يتعرضون للإساءة الأسرية.
builtin-service-gb-mens-advice-line-hours = من الاثنين إلى الجمعة
builtin-service-gb-galop-name = Galop National LGBT+ Domestic Abuse Helpline (خط المساعدة الوطني لأفراد مجتمع LGBT+ بشأن الإساءة الأسرية)
builtin-service-gb-galop-description = دعم لأفراد مجتمع LGBT+ الذين يتعرضون للإساءة الأسرية، بما في ذلك من أفراد العائلة.
builtin-service-gb-galop-hours = من الاثنين إلى الجمعة
