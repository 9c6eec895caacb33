# Why something was refused: each reason the Rust side gives (harbour_reason::reason("x"))
# is the message error-x here. The page shows it in place of the error.

error-app-chip-unavailable = لا يمكن استخدام شريحة الأمان في هذا الحاسوب الآن، لذلك لا يمكن التحقق من رمز PIN. معلوماتك آمنة ولم يتغيّر فيها شيء: مفتاح الاسترداد لا يزال يفتحها.
error-app-damaged = تبدو بعض المعلومات المحفوظة تالفة. لم يُغيَّر أو يُحذف أي شيء.
error-app-damaged-not-opened = تبدو بعض المعلومات المحفوظة تالفة، لذلك لم تُفتح. لم يُغيَّر أو يُحذف أي شيء. قد تساعد نسخة احتياطية أو مفتاح الاسترداد.
error-app-device-key-missing = مفتاح هذا الحاسوب غير موجود في مخزن كلمات المرور الخاص به. معلوماتك لا تزال آمنة: يمكن فتحها بمفتاح الاسترداد.
error-app-keychain-locked = مخزن كلمات المرور في حاسوبك مقفل، لذلك لا يمكن القيام بهذا الآن. يُرجى فتح قفله (يكفي عادةً تسجيل الخروج ثم الدخول مرة أخرى)، ثم المحاولة من جديد. لم يتغيّر أي شيء.
error-app-keychain-unavailable = مخزن كلمات المرور في حاسوبك غير متاح الآن، لذلك لا يمكن فتح أي شيء. معلوماتك آمنة ولم يتغيّر فيها شيء. يساعد عادةً تسجيل الخروج ثم الدخول مرة أخرى.
error-app-locked = هذا مغلق. يُرجى فتحه مرة أخرى للمتابعة.
error-app-newer-version = حُفظت هذه المعلومات بإصدار أحدث. يُرجى التحديث، ثم المحاولة مرة أخرى. لم يتغيّر أي شيء.
error-app-newer-version-update = حُفظت هذه المعلومات بإصدار أحدث. يُرجى التحديث، ثم المحاولة مرة أخرى.
error-app-not-available = هذا غير متاح هنا.
error-app-not-found = تعذّر العثور على هذا العنصر. ربما أُزيل.
error-app-not-set-up = لم يُعَدّ أي شيء بعد.
error-app-pin-not-usable-here = لا يمكن استخدام رمز PIN هذا على هذا الحاسوب. لا عيب فيه: شريحة الأمان لا تقبل إلا نحو نصف رموز PIN. يُرجى اختيار رمز آخر. رمز PIN الحالي لا يزال يعمل.
error-app-wait-seconds = لا يمكن تجربة رمز PIN أو تغييره إلا بضع مرات متتالية. يُرجى الانتظار { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }، ثم المحاولة مرة أخرى.
error-app-went-wrong = حدث خطأ ما. لم يُفقد أي شيء.
error-app-went-wrong-saving-reading = حدث خطأ ما أثناء الحفظ أو القراءة. لم يُفقد أي شيء.
error-app-wrong-pin = لم يتطابق ذلك. يُرجى المحاولة مرة أخرى.
error-attachments-file-could-read-added = تعذّرت قراءة هذا الملف. لم يُضَف أي شيء.
error-attachments-file-empty = الملف فارغ.
error-attachments-file-name-too-long = اسم الملف طويل جدًا.
error-attachments-file-needs-name = يجب أن يكون للملف اسم.
error-attachments-file-part-incident-record-draft = هذا الملف جزء من سجل حادثة أو مسودة أو ملف تعريفي، لذلك لا يمكن إزالته.
error-attachments-file-too-large = الملف كبير جدًا.
error-attachments-file-too-large-mb = الملف كبير جدًا. يمكن أن يصل حجم الملف إلى { $megabytes } ميغابايت.
error-attachments-file-type-valid = نوع الملف غير صالح.
error-backup-choose-backup-passphrase-least-12 = يُرجى اختيار عبارة مرور للنسخة الاحتياطية لا تقل عن 12 حرفًا، مثل بضع كلمات لا يجمعها أحد غيرك.
error-backup-file-unusable = تعذّرت قراءة الملف أو كتابته في ذلك المكان. يُرجى تجربة مكان آخر. لم يتغيّر أي شيء هنا.
error-backup-locked-backup-passphrase-recovery-key = هذه النسخة الاحتياطية مقفلة بعبارة مرور النسخة الاحتياطية، وليس بمفتاح الاسترداد.
error-backup-locked-recovery-key-passphrase = هذه النسخة الاحتياطية مقفلة بمفتاح الاسترداد، وليس بعبارة مرور.
error-backup-not-a-backup = هذا الملف ليس نسخة احتياطية كاملة (ربما يكون تالفًا أو مقطوعًا أو ملفًا مختلفًا)، لذلك لم يُستعَد أي شيء. كل شيء هنا كما كان.
error-backup-too-large-back-up = هذا أكبر من أن تُنشأ له نسخة احتياطية.
error-backup-type-your-recovery-key-backup = يُرجى كتابة مفتاح الاسترداد أو عبارة مرور النسخة الاحتياطية.
error-backup-wrong-passphrase = هذا المفتاح أو عبارة المرور لا يطابق هذه النسخة الاحتياطية. لم يتغيّر أي شيء.
error-bundle-export-stopped-unexpectedly = توقّف التصدير على نحو غير متوقع.
error-bundle-not-prepared = تعذّر تجهيز التصدير.
error-caseload-give-case-name-you-will = يُرجى إعطاء الحالة اسمًا يسهل التعرّف عليه، مثل الأحرف الأولى من الاسم.
error-caseload-keep-cases-name-short-60 = يُرجى إبقاء اسم الحالة قصيرًا (60 حرفًا على الأكثر).
error-caseload-notes-too-long-save-20 = هذه الملاحظات أطول من أن تُحفظ (20,000 حرف على الأكثر).
error-caseload-stop-sharing-person-first-their = يُرجى إيقاف المشاركة مع هذا الشخص أولًا. تبقى نسخته الخاصة لديه.
error-causing-harm-already-50-people-here-change = يوجد هنا 50 شخصًا بالفعل. يُرجى تغيير أحدهم أو إزالته أولًا.
error-causing-harm-give-name-what-you-call = يُرجى كتابة اسم، أو ما تسمّيه به (مثل "الرجل صاحب الشاحنة الزرقاء").
error-causing-harm-name-too-long = الاسم طويل جدًا.
error-causing-harm-one-fields-too-long = أحد الحقول طويل جدًا.
error-causing-harm-photo-could-found-add-again = تعذّر العثور على الصورة. يُرجى إضافتها مرة أخرى.
error-chat-import-choose-chat-file-again-brought = يُرجى اختيار ملف المحادثة مرة أخرى. لم يُستورد أي شيء.
error-chat-import-mixed-order = التواريخ في هذا الملف مكتوبة بطريقتين مختلفتين (السطر { $dayFirst } يبدأ باليوم، والسطر { $monthFirst } يبدأ بالشهر). لم يُستورد أي شيء.
error-chat-import-more-people-wrote-file-whatsapp = كتب في هذا الملف أشخاص أكثر مما تتسع له محادثة WhatsApp، لذلك فهو ليس تصديرًا لمحادثة. لم يُستورد أي شيء.
error-chat-import-no-messages = لم يُعثر على أي رسائل في هذا الملف. لم يُستورد أي شيء.
error-chat-import-none-fits = لا تطابق أي رسالة ما تم اختياره. يُرجى الاختيار مرة أخرى.
error-chat-import-not-text = هذا الملف ليس تصديرًا لمحادثة (فهو ليس نصًا). يُرجى اختيار ملف .txt الذي أنشأه WhatsApp بواسطة "Export chat" (تصدير الدردشة)، أو قائمة رسائل محفوظة كنص. لم يُستورد أي شيء.
error-chat-import-too-large = هذا الملف أكبر من أن يُستورد دفعة واحدة. لم يُستورد أي شيء.
error-chat-import-too-much-for-one = هذا أكثر مما يتسع له إدخال واحد: يتسع الإدخال الواحد لنحو { $fit } من هذه الرسائل. يُرجى اختيار عدد أقل، أو إدخال منفصل لكل رسالة. لم يُستورد أي شيء.
error-chat-import-unreadable-lines = تعذّرت قراءة بعض أسطر هذا الملف كرسائل (السطر { $lines }{ $more ->
        [0] {""}
        [one] {" "}وسطر آخر
        [two] {" "}وسطران آخران
        [few] {" "}و{ $more } أسطر أخرى
        [many] {" "}و{ $more } سطرًا آخر
       *[other] {" "}و{ $more } سطر آخر
    }). هل هو الملف الذي أنشأه WhatsApp بواسطة "Export chat" دون تغيير، أو قائمة تبدأ فيها كل رسالة في سطر جديد بتاريخها ووقتها واسم مُرسِلها؟ لم يُستورد أي شيء.
error-checklists-give-list-name = يُرجى إعطاء القائمة اسمًا.
error-checklists-name-too-long-characters-name = الاسم طويل جدًا، أو فيه أحرف لا يمكن أن تكون في اسم.
error-checklists-repeating-item-needs-repeat-every = يجب ألا تقل المدة بين تكرارات البند المتكرر عن يوم واحد.
error-checklists-repeating-item-repeat-most-every = لا يمكن أن تزيد المدة بين تكرارات البند المتكرر على 3660 يومًا.
error-checklists-too-long = هذا طويل جدًا.
error-checklists-write-something-item = يُرجى كتابة شيء لهذا البند.
error-contacts-give-contact-name = يُرجى إعطاء جهة الاتصال هذه اسمًا.
error-database-vault-folders-name-cannot-used = لا يمكن استخدام اسم مجلد الخزنة هنا.
error-directory-give-service-name = يُرجى إعطاء الخدمة اسمًا.
error-documents-shared-copy-too-large = النسخة المشتركة كبيرة جدًا.
error-documents-shared-copy-unreadable = تعذّرت قراءة النسخة المشتركة.
error-drafts-not-kept = تعذّر الاحتفاظ بتلك المسودة.
error-drafts-too-long = هذا أطول من أن يُحتفظ به كمسودة. يُرجى حفظه، أو نسخ النص إلى مكان آمن.
error-drafts-too-many = المسودات غير المكتملة كثيرة جدًا ولا يمكن الاحتفاظ بمسودة أخرى. يُرجى حفظ بعضها أو حذفه.
error-drafts-too-many-at-once = تُكتب أشياء كثيرة جدًا في الوقت نفسه ولا يمكن الاحتفاظ بها كلها. يُرجى حفظ بعضها.
error-email-import-choose-e-mails-again-brought = يُرجى اختيار رسائل البريد الإلكتروني مرة أخرى. لم يُستورد أي شيء.
error-email-import-file-too-large = يحتوي «{ $name }» على ملف مرفق أكبر من أن يُستورد. لم يُستورد أي شيء.
error-email-import-not-an-email = «{ $name }» ليس رسالة بريد إلكتروني محفوظة كملف (.eml). في برنامج البريد، يُرجى فتح الرسالة واختيار Save As (حفظ باسم) أو Download (تنزيل). لم يُستورد أي شيء.
error-email-import-too-large = «{ $name }» أكبر من أن يُستورد. لم يُستورد أي شيء.
error-email-import-too-many = يُرجى اختيار { $limit ->
        [one] رسالة بريد إلكتروني واحدة
        [two] رسالتَي بريد إلكتروني
        [few] { $limit } رسائل بريد إلكتروني
        [many] { $limit } رسالة بريد إلكتروني
       *[other] { $limit } رسالة بريد إلكتروني
    } على الأكثر في المرة الواحدة. لم يُستورد أي شيء.
error-email-import-too-many-files = يحتوي «{ $name }» على ملفات مرفقة أكثر مما يتسع له إدخال واحد. لم يُستورد أي شيء.
error-evidence-backup-not-export = هذا الملف نسخة احتياطية، وليس تصديرًا. تُستعاد النسخ الاحتياطية من الإعدادات.
error-evidence-choose-least-one-entry-include = يُرجى اختيار إدخال واحد على الأقل لتضمينه.
error-evidence-end-period-before-start = نهاية الفترة تسبق بدايتها.
error-evidence-file-unreadable = تعذّرت قراءة هذا الملف. يُرجى المحاولة مرة أخرى.
error-evidence-not-an-export = هذا الملف ليس تصديرًا مقفلًا كاملًا (ربما يكون تالفًا أو مقطوعًا أو ملفًا مختلفًا).
error-evidence-not-made = تعذّر إنشاء الملف هذه المرة. لم يتغيّر أي شيء في التطبيق. يُرجى المحاولة مرة أخرى، وربما بعدد أقل من الإدخالات.
error-evidence-something-chosen-report-longer-choose = شيء مما اختير للتقرير لم يعد موجودًا. يُرجى الاختيار مرة أخرى.
error-evidence-too-many-entries = هذا أكثر من { $limit ->
        [one] إدخال واحد
        [two] إدخالين
        [few] { $limit } إدخالات
        [many] { $limit } إدخالًا
       *[other] { $limit } إدخال
    }. يُرجى اختيار فترة أقصر.
error-evidence-wrong-passphrase = عبارة المرور هذه لا تفتح هذا الملف. يُرجى التحقق منها مع الشخص الذي أرسله.
error-files-cannot-write = تعذّرت كتابة الملف في ذلك المكان. يُرجى تجربة مكان آخر. لم يتغيّر أي شيء في التطبيق.
error-files-no-dialog = لا يمكن اختيار الملفات هنا. لم يتغيّر أي شيء.
error-hide-choose-key-together-ctrl-alt = يُرجى اختيار مفتاح مع Ctrl أو Alt أو Shift.
error-hide-choose-letter-number-f-key = يُرجى اختيار حرف أو رقم أو مفتاح F مع Ctrl أو Alt أو Shift.
error-hide-shortcut-taken = هناك برنامج آخر يستخدم هذا الاختصار بالفعل. يُرجى اختيار اختصار مختلف.
error-incident-links-condition-gone = الشرط المختار لم يعد مدرجًا. يُرجى الاختيار مرة أخرى.
error-incident-links-more-people-conditions-one-entry = هذا عدد من الأشخاص والشروط أكبر مما يمكن ذكره في إدخال واحد.
error-incident-links-person-gone = الشخص المذكور لم يعد مدرجًا. يُرجى الاختيار مرة أخرى.
error-incidents-attached-file-could-found = تعذّر العثور على ملف مرفق.
error-incidents-end-time-before-start-time = وقت الانتهاء يسبق وقت البدء.
error-incidents-nothing-to-bring-in = لا يوجد شيء لاستيراده.
error-incidents-nothing-to-write = لا يوجد شيء لتدوينه.
error-incidents-same-file-attached-twice = الملف نفسه مرفق مرتين.
error-incidents-too-many-at-once = هذا أكثر من { $limit ->
        [one] إدخال واحد
        [two] إدخالين
        [few] { $limit } إدخالات
        [many] { $limit } إدخالًا
       *[other] { $limit } إدخال
    } في المرة الواحدة. يُرجى استيرادها على أجزاء.
error-incidents-too-many-files-attached = الملفات المرفقة كثيرة جدًا.
error-notebook-no-random = لا تتوفر أرقام عشوائية
error-notebook-page-empty = الصفحة فارغة.
error-notebook-page-too-long-keep = هذه الصفحة أطول من أن يُحتفظ بها.
error-notebook-title-too-long = هذا العنوان طويل جدًا.
error-notebook-too-many-pages-add-another = الصفحات كثيرة جدًا ولا يمكن إضافة صفحة أخرى.
error-opening-already-set-up = تم إعداد هذا بالفعل.
error-opening-use-6-16-digits-numbers = يُرجى استخدام 6 إلى 16 رقمًا (أرقام فقط).
error-orders-already-50-orders-here-change = يوجد هنا 50 أمرًا بالفعل. يُرجى تغيير أحدها أو إزالته أولًا.
error-orders-condition-entry-marked-breaching-cannot = لا يمكن إزالة شرط عُلِّم في أحد الإدخالات بأنه خُرق. يمكن تصحيح صياغته بدلًا من ذلك.
error-orders-court-reference-too-long = اسم المحكمة أو الرقم المرجعي طويل جدًا.
error-orders-date-implausible = أحد التواريخ لا يبدو صحيحًا. يُرجى التحقق من السنة.
error-orders-ends-before-day-made-check = ينتهي الأمر قبل يوم صدوره. يُرجى التحقق من التواريخ.
error-orders-entries-your-log-marked-breaching = هناك إدخالات في سجلك معلَّمة بأنها خرق لهذا الأمر، لذلك يبقى. يمكن تغيير تفاصيله؛ وإذا كان قد انتهى، فيُرجى تغيير تاريخ انتهائه.
error-orders-more-conditions-one-order-hold = هذا عدد من الشروط أكبر مما يتسع له أمر واحد هنا.
error-orders-new-orders-conditions-all-new = شروط الأمر الجديد كلها جديدة.
error-orders-note-too-long = الملاحظة طويلة جدًا.
error-orders-one-conditions-longer-open-order = أحد الشروط لم يعد موجودًا. يُرجى فتح الأمر مرة أخرى.
error-orders-one-conditions-too-long = أحد الشروط طويل جدًا.
error-orders-person-order-against-longer-listed = الشخص الصادر ضده هذا الأمر لم يعد مدرجًا. يُرجى الاختيار مرة أخرى.
error-pending-file-unreadable = تعذّرت قراءة هذا الملف. لم يُستورد أي شيء.
error-plan-item-too-long = البند طويل جدًا.
error-plan-note-too-long = الملاحظة طويلة جدًا.
error-risk-advocates-judgement-marac-referral-advocates = لا يمكن إدخال تقدير مسؤول الدعم أو إحالة MARAC أو اسم مسؤول الدعم إلا لتقييم أُجري مع مسؤول دعم.
error-risk-answer-least-one-question-before = يُرجى الإجابة عن سؤال واحد على الأقل قبل الحفظ.
error-risk-choose-standard-medium-high-judgement = يُرجى اختيار قياسي أو متوسط أو مرتفع للتقدير.
error-risk-day-done-future-check-date = يوم إجرائه في المستقبل. يُرجى التحقق من التاريخ.
error-risk-day-done-looks-too-long = يوم إجرائه يبدو بعيدًا جدًا في الماضي. يُرجى التحقق من التاريخ.
error-risk-give-reason-judgement-goes-screening = يُرجى ذكر سبب التقدير: فهو يُرفق بالتقييم.
error-risk-keep-advocates-name-short-80 = يُرجى إبقاء اسم مسؤول الدعم قصيرًا (80 حرفًا على الأكثر).
error-risk-marac-referral-date-before-screening = تاريخ إحالة MARAC يسبق التقييم. يُرجى التحقق منه.
error-risk-marac-referral-date-future-record = تاريخ إحالة MARAC في المستقبل. يُرجى تسجيله بعد إتمام الإحالة.
error-risk-next-review-more-three-years = المراجعة التالية بعد أكثر من ثلاث سنوات. يُرجى التحقق من التاريخ.
error-risk-next-review-should-after-day = يجب أن تكون المراجعة التالية بعد يوم التقييم.
error-risk-one-answers-question-screening-does = إحدى الإجابات لسؤال لا يطرحه هذا التقييم.
error-risk-question-answered-twice = أُجيب عن أحد الأسئلة مرتين.
error-risk-reason-too-long = السبب طويل جدًا (5,000 حرف على الأكثر).
error-risk-set-questions-longer-asked-choose = مجموعة الأسئلة هذه لم تعد مستخدمة. يُرجى اختيار أحد التقييمات.
error-risk-sign-offs-advocates-part-added-dash-dash = لا يمكن إضافة جزء مسؤول الدعم إلا إلى تقييم DASH أو S-DASH.
error-risk-sign-offs-advocates-part-given-advocate-choose = جزء مسؤول الدعم يملؤه مسؤول الدعم: يُرجى اختيار أن التقييم أُجري معه.
error-secret-pin-too-long = رمز PIN هذا طويل جدًا.
error-secret-pin-too-short = يُرجى اختيار رمز PIN من 4 أحرف على الأقل.
error-secret-recovery-key-incomplete = مفتاح الاسترداد هذا غير مكتمل. يُرجى التحقق منه والمحاولة مرة أخرى.
error-settings-address-too-long-one = هذا العنوان أطول من أن يكون عنوانًا حقيقيًا.
error-settings-auto-lock-set-between-1 = يمكن ضبط القفل التلقائي بين 1 و240 دقيقة.
error-settings-choose-one-languages-offered = يُرجى اختيار إحدى اللغات المتاحة.
error-settings-choose-one-text-sizes-offered = يُرجى اختيار أحد أحجام النص المتاحة.
error-settings-choose-quick-hide-shortcut = يُرجى اختيار اختصار للإخفاء السريع.
error-settings-choose-region = يُرجى اختيار منطقة.
error-settings-quick-hide-shortcut-needs-least = يحتاج اختصار الإخفاء السريع إلى مفتاح تعديل واحد على الأقل، مثل Ctrl أو Shift.
error-settings-type-your-current-pin-first = يُرجى كتابة رمز PIN الحالي أولًا.
error-shared-files-shown-only-while-log-shared = لا يمكن عرض الملفات إلا على الأشخاص الذين تتم مشاركة سجل الحوادث معهم.
error-shared-files-too-much-waiting = الكثير جدًا من الملفات المشتركة في انتظار الوصول.
error-shared-files-unreadable = تعذّرت قراءة ملف مشترك.
error-sharing-address-should-start-https-your = يجب أن يبدأ عنوان المشاركة بـ https:// (يمكن للشخص الذي يتم الاقتران معه إخبارك به).
error-sharing-advocates-app-isnt-one-showed = تطبيق مسؤول الدعم ليس التطبيق الذي عرض هذه الدعوة، لذلك لم تتم مشاركة أي شيء. يُرجى طلب رمز جديد منه، والبدء من جديد معًا.
error-sharing-already-set-up-stop-first = المشاركة مُعدّة بالفعل. يُرجى إيقافها أولًا للاقتران بشخص آخر.
error-sharing-busy = جارٍ الإرسال والاستلام بالفعل. يُرجى الانتظار قليلًا.
error-sharing-live-with-someone-else = يجري العمل معًا بالفعل مع شخص آخر. يُرجى إيقاف ذلك أولًا، ثم المحاولة مرة أخرى.
error-sharing-name-taken = هذا الاسم مستخدم بالفعل لشخص آخر تتم المشاركة معه. يُرجى اختيار اسم آخر، حتى يسهل التمييز بينهما.
error-sharing-case-show-code-person-type = في الحالة، يُرجى عرض رمز ليكتبه الشخص في تطبيقه.
error-sharing-change-not-shared = وصل تغيير لشيء غير مشترك.
error-sharing-change-read-only = وصل تغيير لشيء مشترك للقراءة فقط.
error-sharing-change-too-large = أحد التغييرات المشتركة كبير جدًا.
error-sharing-document-too-large = كانت الصفحة المشتركة ستصبح كبيرة جدًا، لذلك لم يُقبل هذا التغيير.
error-sharing-change-unreadable = تعذّرت قراءة تغيير مشترك.
error-sharing-choose-plan-section = يُرجى اختيار قسم من الخطة.
error-sharing-clock-wrong = رفضت خدمة المشاركة هذا الحاسوب لأن ساعتيهما غير متطابقتين. يُرجى التحقق من التاريخ والوقت في إعدادات الحاسوب، ثم المحاولة مرة أخرى. لم يُفقد أي شيء.
error-sharing-code-malformed = هذا الرمز لا يبدو صحيحًا. يتكون من 16 حرفًا ورقمًا، مثل 7KQ2-M9XD-4TFB-0C8H.
error-sharing-ended = انتهت المشاركة. ما هو موجود على هذا الحاسوب لا يزال هنا.
error-sharing-failed = لم تنجح المشاركة هذه المرة. لم يتغيّر أي شيء على هذا الحاسوب.
error-sharing-mismatch = لم يتوافق التطبيقان، لذلك لم تتم مشاركة أي شيء. يُرجى التحقق من الرمز والبدء من جديد معًا.
error-sharing-no-answer = لم يردّ التطبيق الآخر في الوقت المحدد. لم يُفقد أي شيء؛ يُرجى المحاولة مرة أخرى بعد قليل.
error-sharing-not-found = تعذّر العثور على ذلك.
error-sharing-not-set-up = المشاركة غير مُعدّة.
error-sharing-offline = تعذّر الوصول إلى خدمة المشاركة الآن. لم يُفقد أي شيء؛ يُرجى المحاولة مرة أخرى بعد قليل.
error-sharing-open-persons-case-your-caseload = يُرجى فتح حالة الشخص في قائمة حالاتك أولًا: خطة كل شخص محفوظة على حدة.
error-sharing-pairing-cancelled-shared = أُلغي الاقتران. لم تتم مشاركة أي شيء.
error-sharing-person-choose-share-their-own = الشخص نفسه وحده يمكنه اختيار مشاركة سجله.
error-sharing-start-again-pairing-under-way = يُرجى البدء من جديد: لا يوجد اقتران جارٍ.
error-sharing-start-again-show-new-code = يُرجى البدء من جديد بعرض رمز جديد أولًا.
error-sharing-stop-sharing-first-clears-sharing = يُرجى إيقاف المشاركة أولًا. هذا لا يمسح إلا المشاركة التي توقفت بالفعل.
error-sharing-too-many-waiting = تغييرات مشتركة كثيرة جدًا في انتظار تغييرات أخرى.
error-updates-check-updates-first-downloaded = يُرجى التحقق من وجود تحديثات أولًا. لم يُنزَّل أي شيء.
error-updates-copy-built-without-makers-signing = بُنيت هذه النسخة دون مفتاح توقيع صانعي التطبيق، لذلك لا يمكنها التحقق من التحديثات بأمان. لم يُجلب أي شيء.
error-updates-fetched-address-starting-https-fetched = لا تُجلب التحديثات إلا من عنوان يبدأ بـ https://. لم يُجلب أي شيء.
error-updates-give-address-check-first-fetched = يُرجى إدخال العنوان المراد التحقق منه أولًا. لم يُجلب أي شيء.
error-updates-give-address-starting-https-leave = يُرجى إدخال عنوان يبدأ بـ https://، أو ترك الحقل فارغًا.
error-updates-not-an-update = ما أرسله ذلك العنوان ليس تحديثًا لهذا التطبيق، لذلك لم يُستخدم. لم يُحفظ أي شيء.
error-updates-not-signed = ما أرسله ذلك العنوان غير موقّع من صانعي هذا التطبيق، لذلك لم يُستخدم ولم يُحفظ أي شيء. يُرجى عدم تثبيت أي شيء من هناك.
error-updates-older-than-seen = يعرض هذا العنوان الآن الإصدار { $offered }، وهو أقدم من الإصدار { $seen } الذي وُجد من قبل. ربما يكون قديمًا، أو لا يخص صانعي التطبيق أنفسهم. لم يُنزَّل أي شيء.
error-updates-unreachable = تعذّر الوصول إلى عنوان التحديث، أو لم يكن فيه شيء. يُرجى التحقق من العنوان والاتصال بالإنترنت، ثم المحاولة مرة أخرى. لم يتغيّر أي شيء.
error-vault-choose-pin-6-16-digits = يُرجى اختيار رمز PIN من 6 إلى 16 رقمًا (أرقام فقط).
error-vault-pin-too-easy = يُرجى اختيار رمز PIN مختلف: هذا الرمز سهل التخمين جدًا.
error-vault-pins-must-differ = يُرجى اختيار رمز PIN مختلف: يجب ألا يكون رمز PIN الثاني مطابقًا لرمز PIN الرئيسي.
