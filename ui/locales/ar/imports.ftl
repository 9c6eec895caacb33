## Bringing things into the log: files, a chat, e-mails (files-import.ts, chat-import.ts, email-import.ts, one-or-each.ts)

# Between line numbers ("Line 4, 9 of the file…").
imports-list-separator = { "، " }

imports-how = طريقة التدوين
imports-what-kind = ما نوع هذا؟
imports-bring-them-in = جلبها
imports-bringing = جارٍ الجلب…
imports-cancel = إلغاء
imports-nothing-brought-in = لم يُجلب أي شيء.

## Photos or files
imports-files-title = جلب صور أو ملفات
imports-files-choose = اختيار الملفات
imports-files-hint = لقطات شاشة، صور، ملفات PDF: بأي عدد. يُنسخ كل ملف إلى هذا التطبيق ويُحفظ مقفلًا، مع بصمته الرقمية (SHA-256). تبقى الملفات الأصلية في مكانها — وقد يكون من الأفضل حذفها.
imports-files-chosen =
    { $count ->
        [one] تم اختيار ملف واحد.
        [two] تم اختيار ملفين.
        [few] تم اختيار { $count } ملفات.
        [many] تم اختيار { $count } ملفًا.
       *[other] تم اختيار { $count } ملف.
    }
imports-files-each = مُدخل لكل ملف، بتاريخ آخر تغيير للملف على هذا الحاسوب (يمكن تصحيح كل مُدخل)
imports-files-together = مُدخل واحد يضمّها جميعًا
imports-files-none = يُرجى اختيار ملف واحد على الأقل.
imports-files-adding = جارٍ إضافة الملف { $number } من { $total }…
imports-files-done-together =
    { $files ->
        [one] تم تدوين مُدخل واحد يضم ملفًا واحدًا.
        [two] تم تدوين مُدخل واحد يضم ملفين.
        [few] تم تدوين مُدخل واحد يضم { $files } ملفات.
        [many] تم تدوين مُدخل واحد يضم { $files } ملفًا.
       *[other] تم تدوين مُدخل واحد يضم { $files } ملف.
    }
# $count is 2 or more.
imports-files-done-each = تم تدوين المدخلات ({ $count })، مُدخل لكل ملف.
imports-files-failed = لم يُدوَّن أي شيء. يُرجى المحاولة مرة أخرى.

## A chat (WhatsApp's "Export chat", or a list of messages)
imports-chat-choose = يُرجى اختيار ملف المحادثة الذي أنشأه WhatsApp عبر “Export chat” (تصدير الدردشة)، وهو ملف .txt، أو ملف .zip إذا تم اختيار تضمين الوسائط؛ أو قائمة رسائل محفوظة كنص، تبدأ كل رسالة فيها بسطر جديد بتاريخها ووقتها واسم مُرسِلها، مثل: 12/03/2026 21:15 Tom: أين أنت
imports-chat-read-failed = تعذّرت قراءة ذلك الملف. لم يُجلب أي شيء.
imports-chat-title = جلب الرسائل
# $first and $last: the dates as the phone wrote them.
imports-chat-about =
    { $count ->
        [one] { $file }: رسالة واحدة، أُرسلت الأولى في { $first } والأخيرة في { $last } (كما كتبها الهاتف).
        [two] { $file }: رسالتان، أُرسلت الأولى في { $first } والأخيرة في { $last } (كما كتبها الهاتف).
        [few] { $file }: { $count } رسائل، أُرسلت الأولى في { $first } والأخيرة في { $last } (كما كتبها الهاتف).
        [many] { $file }: { $count } رسالة، أُرسلت الأولى في { $first } والأخيرة في { $last } (كما كتبها الهاتف).
       *[other] { $file }: { $count } رسالة، أُرسلت الأولى في { $first } والأخيرة في { $last } (كما كتبها الهاتف).
    }
imports-chat-about-files =
    { $count ->
        [one] فيه صورة أو ملف واحد يُرفق بالرسالة التي أُرسل فيها.
       *[other] فيه صور وملفات عددها { $count }، يُرفق كلٌّ منها بالرسالة التي أُرسل فيها.
    }
imports-chat-about-left-out =
    { $count ->
        [one] في ملف zip ملف آخر واحد لا تذكره أي رسالة: لم يُضَف وحده، لكنه محفوظ داخل ملف المحادثة.
       *[other] في ملف zip ملفات أخرى عددها { $count } لا تذكرها أي رسالة: لم تُضَف وحدها، لكنها محفوظة داخل ملف المحادثة.
    }
imports-chat-about-notices =
    { $count ->
        [one] تم استبعاد سطر واحد كتبه WhatsApp نفسه.
        [two] تم استبعاد سطرين كتبهما WhatsApp نفسه.
       *[other] تم استبعاد أسطر كتبها WhatsApp نفسه، عددها { $count }.
    }
imports-chat-again = تم جلب ملف المحادثة هذا من قبل، في { $date }. جلبه مرة أخرى يدوّن رسائله مرة أخرى. لإضافة الرسائل الأحدث فقط، يُرجى اختيار أرقامها أدناه.
# $lines: line numbers joined by imports-list-separator; $count: how many.
imports-chat-kept =
    { $count ->
        [one] السطر { $lines } من الملف يبدو رسالة جديدة لكنه يعود إلى وقت سابق، لذا حُفظ كجزء من الرسالة التي قبله. إذا كان هذا خطأ، فربما كان اليوم والشهر في التواريخ معكوسَين.
       *[other] الأسطر { $lines } من الملف تبدو رسائل جديدة لكنها تعود إلى وقت سابق، لذا حُفظ كلٌّ منها كجزء من الرسالة التي قبله. إذا كان هذا خطأ، فربما كان اليوم والشهر في التواريخ معكوسَين.
    }
imports-chat-order-legend = كيف يكتب الهاتف التواريخ؟
imports-chat-order-hint = أُرسلت الرسالة الأولى في { $first }. هل يأتي اليوم أولًا أم الشهر؟
imports-chat-day-first = اليوم أولًا: 12/03 تعني 12 مارس (كما في المملكة المتحدة)
imports-chat-month-first = الشهر أولًا: 03/12 تعني 12 مارس (كما في الولايات المتحدة)
imports-chat-read-that-way-failed = تعذّرت قراءة الملف بهذه الطريقة.
imports-chat-senders = رسائل مَن؟
imports-chat-senders-hint = يُرجى إزالة العلامة عمّن لا يُراد تدوين رسائلهم (الرسائل الخاصة بك، مثلًا).
imports-chat-sender =
    { $count ->
        [one] { $name } (رسالة واحدة)
        [two] { $name } (رسالتان)
        [few] { $name } ({ $count } رسائل)
        [many] { $name } ({ $count } رسالة)
       *[other] { $name } ({ $count } رسالة)
    }
imports-chat-each = كل رسالة كمُدخل مستقل، في وقت إرسالها
imports-chat-together = جميع الرسائل كمُدخل واحد، من الأولى إلى الأخيرة
imports-chat-range = أي رسائل؟
imports-chat-range-hint = مرقّمة من 1 (الأولى، أُرسلت في { $first }) إلى { $last } (الأخيرة).
imports-chat-from = من الرسالة
imports-chat-to = إلى الرسالة
# $zone: the computer's time zone, e.g. Europe/London.
imports-chat-time-hint = تُقرأ الأوقات حسب توقيت هذا الحاسوب ({ $zone })؛ ويذكر كل مُدخل أيضًا مَن أرسل الرسالة ومتى، تمامًا كما وردت في ملف المحادثة. يُحفظ ملف المحادثة كاملًا مع كل مُدخل، مع بصمته الرقمية (SHA-256): أي شخص تُعطى له هذه المدخلات لاحقًا (ضمن تصدير تقرير) يحصل على المحادثة كاملة، بما فيها رسائل جميع الأطراف.
imports-chat-need-sender = يُرجى وضع علامة على أصحاب الرسائل المراد جلبها.
imports-chat-need-order = يُرجى تحديد طريقة كتابة الهاتف للتواريخ، حتى تحصل كل رسالة على يومها الصحيح.
imports-chat-bad-range = يُرجى إدخال أرقام رسائل من 1 إلى { $last }.
imports-chat-done-together =
    { $count ->
        [one] تم تدوين مُدخل واحد من رسالة واحدة.
        [two] تم تدوين مُدخل واحد من رسالتين.
        [few] تم تدوين مُدخل واحد من { $count } رسائل.
        [many] تم تدوين مُدخل واحد من { $count } رسالة.
       *[other] تم تدوين مُدخل واحد من { $count } رسالة.
    }
# $count is 2 or more.
imports-chat-done-each = تم تدوين المدخلات ({ $count })، مُدخل لكل رسالة.
imports-chat-failed = لم يُجلب أي شيء. يُرجى المحاولة مرة أخرى.

## E-mails saved as files (.eml)
imports-email-choose = يُرجى اختيار رسالة بريد إلكتروني واحدة أو أكثر محفوظة كملفات (.eml). في معظم برامج البريد: يُفتح البريد، ثم يُختار Save As (حفظ باسم) أو Download (تنزيل).
imports-email-read-failed = تعذّرت قراءة تلك الملفات. لم يُجلب أي شيء.
imports-email-title =
    { $count ->
        [one] جلب رسالة البريد الإلكتروني هذه
        [two] جلب رسالتَي البريد الإلكتروني هاتين
        [few] جلب { $count } رسائل بريد إلكتروني
        [many] جلب { $count } رسالة بريد إلكتروني
       *[other] جلب { $count } رسالة بريد إلكتروني
    }
imports-email-lead = تصبح كل رسالة بريد إلكتروني مُدخلًا مستقلًا، مؤرَّخًا بوقت إرسالها، مع الاحتفاظ بملف الرسالة كاملًا وبالملفات المرفقة بها. لا يُدوَّن أي شيء حتى يتم الضغط على الزر أدناه.
imports-email-list-label = رسائل البريد الإلكتروني المختارة
imports-email-no-subject = (بلا موضوع)
imports-email-from = من: { $from }
imports-email-from-unknown = (غير مذكور)
imports-email-sent = أُرسلت: { $date }
imports-email-no-date = لا يوجد تاريخ يمكن قراءته: سيُؤرَّخ بالوقت الحالي. يمكن تصحيح الوقت لاحقًا.
imports-email-files =
    { $count ->
        [one] ملف واحد مرفق
        [two] ملفان مرفقان
        [few] { $count } ملفات مرفقة
        [many] { $count } ملفًا مرفقًا
       *[other] { $count } ملف مرفق
    }
imports-email-file = ملف: { $name }
imports-email-before = تم جلب هذا الملف نفسه من قبل، في { $date }. جلبه مرة أخرى يدوّنه مرة أخرى.
imports-email-before-count =
    { $count ->
        [one] تم جلب واحدة من هذه الرسائل من قبل.
        [two] تم جلب اثنتين من هذه الرسائل من قبل.
       *[other] تم جلب بعض هذه الرسائل من قبل، وعددها { $count }.
    }
imports-email-kind = تصنيفها تحت
imports-email-bring =
    { $count ->
        [one] جلب هذه الرسالة
       *[other] جلب هذه الرسائل
    }
imports-email-back = العودة إلى السجل دونها
imports-email-done =
    { $count ->
        [one] تم جلب رسالة بريد إلكتروني واحدة، في مُدخل مستقل.
        [two] تم جلب رسالتَي بريد إلكتروني، لكلٍّ منهما مُدخل مستقل.
        [few] تم جلب { $count } رسائل بريد إلكتروني، لكلٍّ منها مُدخل مستقل.
        [many] تم جلب { $count } رسالة بريد إلكتروني، لكلٍّ منها مُدخل مستقل.
       *[other] تم جلب { $count } رسالة بريد إلكتروني، لكلٍّ منها مُدخل مستقل.
    }
imports-email-failed = تعذّر جلبها. لم يُدوَّن أي شيء؛ يُرجى المحاولة مرة أخرى.
