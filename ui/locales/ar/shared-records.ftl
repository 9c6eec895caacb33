# ما يراه المستشار، للقراءة فقط، من سجل حوادث الشخص وتقييمات الخطر الخاصة به
# (screens/shared-records.ts, screens/shared-records-logic.ts).

## القسم

shared-records-heading = ما شاركه الشخص (للقراءة فقط)
shared-records-empty = لم تتم مشاركة أي شيء بعد. الشخص هو من يختار ما يمكنك رؤيته.
shared-records-incidents-lead = سجل الحوادث الخاص بالشخص، كما يشاركه، الأحدث أولًا. يمكنك قراءته هنا دون تغييره. تبقى الملفات التي أرفقها على حاسوبه ما لم يختر عرض أحدها عليك.
shared-records-screenings-lead = إجابات الشخص نفسه عن أسئلة تقييم الخطر، كما يشاركها، الأحدث أولًا. يمكنك قراءتها هنا دون تغييرها.
shared-records-load-failed = تعذّر تحميل ما يشاركه الشخص الآن.
# Whether what is shown is what the person's app signed.
shared-records-signed = كل مُدخل معروض هنا مطابق تمامًا لما وقّعه تطبيق الشخص.
shared-records-unchecked = { $count ->
    [one] يوجد هنا مُدخل واحد لا يطابق ما وقّعه تطبيق الشخص. وهو مُعلَّم أدناه: ربما غُيِّر بعد أن غادر تطبيقه.
    [two] يوجد هنا مُدخلان لا يطابقان ما وقّعه تطبيق الشخص. وهما مُعلَّمان أدناه: ربما غُيِّرا بعد أن غادرا تطبيق الشخص.
    [few] يوجد هنا { $count } مُدخلات لا تطابق ما وقّعه تطبيق الشخص. وهي مُعلَّمة أدناه: ربما غُيِّرت بعد أن غادرت تطبيق الشخص.
    [many] يوجد هنا { $count } مُدخلًا لا تطابق ما وقّعه تطبيق الشخص. وهي مُعلَّمة أدناه: ربما غُيِّرت بعد أن غادرت تطبيق الشخص.
   *[other] يوجد هنا { $count } مُدخل لا تطابق ما وقّعه تطبيق الشخص. وهي مُعلَّمة أدناه: ربما غُيِّرت بعد أن غادرت تطبيق الشخص.
    }
shared-records-not-signed = هذه المُدخلات غير موقّعة من تطبيق الشخص، لذلك لا يمكن التحقق من أنها صادرة عنه.
# Followed by the key, in groups of eight characters on a line of its own.
shared-records-key = مفتاح توقيع تطبيقه (الموجود أيضًا في تقرير الحوادث الخاص به):
shared-records-entry-unchecked = هذا المُدخل لا يطابق ما وقّعه تطبيق الشخص: ربما غُيِّر بعد أن غادر تطبيق الشخص. يُرجى الطلب من الشخص الاطلاع عليه في تطبيقه؛ فالمعتمد هو النسخة الموجودة في تطبيقه والتقرير الذي يُعدّه.
# In an advocate's case, while changes the person sent have not arrived after asking again.
shared-records-incomplete = لم تصل بعد بعض أحدث تغييرات الشخص، لذا قد لا يكون هذا كل ما يشاركه.

## حادثة واحدة مُشارَكة

# $from and $until: a date and time, or only a time when both are on the same day.
shared-records-span = من { $from } إلى { $until }
# $when: a date and time.
shared-records-first-written = الكتابة الأولى: { $when }
shared-records-corrected = { $count ->
    [one] صُحِّح مرة واحدة
    [two] صُحِّح مرتين
    [few] صُحِّح { $count } مرات
    [many] صُحِّح { $count } مرة
   *[other] صُحِّح { $count } مرة
    }
# $corrected: shared-records-corrected; $when: a date and time.
shared-records-corrected-last = { $corrected } (آخرها في { $when })
shared-records-files-kept = { $count ->
    [one] ملف واحد محفوظ على حاسوب الشخص
    [two] ملفان محفوظان على حاسوب الشخص
    [few] { $count } ملفات محفوظة على حاسوب الشخص
    [many] { $count } ملفًا محفوظًا على حاسوب الشخص
   *[other] { $count } ملف محفوظ على حاسوب الشخص
    }
shared-records-files-shown = { $count ->
    [one] ملف واحد معروض عليك
    [two] ملفان معروضان عليك
    [few] { $count } ملفات معروضة عليك
    [many] { $count } ملفًا معروضًا عليك
   *[other] { $count } ملف معروض عليك
    }
# $shown: files the person shows; $kept: files that stay on their computer.
shared-records-files-shown-and-kept = { $shown ->
    [one] ملف واحد معروض عليك؛ والملفات الأخرى المحفوظة على حاسوب الشخص: { $kept }
    [two] ملفان معروضان عليك؛ والملفات الأخرى المحفوظة على حاسوب الشخص: { $kept }
    [few] { $shown } ملفات معروضة عليك؛ والملفات الأخرى المحفوظة على حاسوب الشخص: { $kept }
    [many] { $shown } ملفًا معروضًا عليك؛ والملفات الأخرى المحفوظة على حاسوب الشخص: { $kept }
   *[other] { $shown } ملف معروض عليك؛ والملفات الأخرى المحفوظة على حاسوب الشخص: { $kept }
    }
shared-records-files-label = الملفات التي يعرضها الشخص مع هذا المُدخل
shared-records-behaviour = السلوك
shared-records-police = الشرطة
# $reference: the crime reference number, as written.
shared-records-crime-reference = الرقم المرجعي للجريمة (crime reference): { $reference }
# $officer: the police officer's name, as written.
shared-records-officer = ضابط الشرطة: { $officer }
shared-records-more = مزيد من التفاصيل
shared-records-appearance = المظهر
shared-records-vehicle = المركبة
shared-records-witnesses = الشهود
shared-records-impact = كيف أثّر ذلك على الشخص
shared-records-daily-life = التغييرات في الحياة اليومية
shared-records-also-told = مَن أُبلغ أيضًا

## السلوكيات الأربعة (Fixated, Obsessed, Unwanted, Repeated: FOUR)

shared-records-behaviour-fixated = التعلّق
shared-records-behaviour-obsessed = الهوس
shared-records-behaviour-unwanted = غير مرغوب فيه
shared-records-behaviour-repeated = التكرار
