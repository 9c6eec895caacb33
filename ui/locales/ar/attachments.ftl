## Attached files (attachments.ts, attachment-format.ts)

# Between the files of a version ("a.jpg (…), b.png (…)").
attachments-list-separator = { "، " }

## Sizes ($count and $size are numbers; 1 KB = 1024 bytes)
attachments-size-unknown = حجم غير معروف
attachments-size-bytes =
    { $count ->
        [one] بايت واحد
        [two] بايتان
        [few] { $count } بايتات
        [many] { $count } بايتًا
       *[other] { $count } بايت
    }
attachments-size-kb = { $size } KB
attachments-size-mb = { $size } MB
attachments-size-gb = { $size } GB

## Adding files to an entry
attachments-add = إضافة صور أو ملفات
attachments-hint = يُنسخ الملف إلى هذا التطبيق ويُحفظ مقفلًا مع كل شيء آخر. يبقى الملف الأصلي في مكانه — وقد يكون من الأفضل حذفه من الحاسوب أو الهاتف الذي جاء منه.
attachments-hint-revising = إزالة ملف من هذه القائمة تُبقيه في النسخ السابقة.
attachments-list-label = الملفات المرفقة بهذا المُدخل
attachments-earlier-file = ملف أُرفق سابقًا
attachments-remove = إزالة
attachments-remove-label = إزالة { $name }
attachments-removed = تمت إزالة { $name } من هذا المُدخل.
attachments-loading = جارٍ تحميل تفاصيله…
attachments-details-failed-still-attached = تعذّر تحميل تفاصيله، لكنه لا يزال مرفقًا.
attachments-details-failed-all = تعذّر تحميل تفاصيل الملفات المرفقة سابقًا. لا تزال مرفقة وسيُحتفظ بها.
attachments-adding = جارٍ إضافة { $name }…
attachments-adding-one-of = جارٍ إضافة { $number } من { $total }: { $name }…
# $problem: attachments-too-large, attachments-add-failed, or the vault's own words.
attachments-file-problem = { $name }: { $problem }
attachments-too-large = الملف كبير جدًا. الحد الأقصى لحجم الملف { $size } MB.
attachments-add-failed = تعذّرت إضافته. يُرجى المحاولة مرة أخرى.
attachments-already = { $name } مرفق بالفعل، لذا لم يُضَف مرتين.
attachments-added-one = تمت إضافة { $name }.
# $count is 2 or more.
attachments-added-many = تمت إضافة الملفات، وعددها { $count }.

## An entry's files
attachments-view-label = الملفات المرفقة
attachments-a-file = ملف
attachments-details-failed-now = تعذّر تحميل تفاصيله الآن.
attachments-show = عرض
attachments-show-label = عرض { $name }
attachments-hide = إخفاء
attachments-hide-label = إخفاء { $name }
attachments-picture-failed = تعذّر عرض هذه الصورة هنا. الملف نفسه محفوظ بأمان.
attachments-full-hash = قيمة SHA-256 كاملة
# Before the files of one version in the history.
attachments-version-files =
    { $count ->
        [one] الملف:
        [two] الملفان:
       *[other] الملفات:
    }
attachments-version-file-unknown = ملف تعذّر تحميل تفاصيله
