## البحث، في ما كُتب.

search-title = البحث
search-lead = العثور على كلمات في سجل الحوادث وخطة السلامة وجهات الاتصال الموثوقة وقوائم المراجعة.
search-form-label = البحث في معلوماتك
search-for = البحث عن
search-hint = تظهر النتائج أثناء الكتابة.
search-nothing-found = لا توجد نتائج لـ«{ $query }».
search-failed = لم ينجح البحث الآن. يُرجى المحاولة مرة أخرى.
search-result-count =
    { $count ->
        [zero] لا توجد نتائج.
        [one] نتيجة واحدة.
        [two] نتيجتان.
        [few] { $count } نتائج.
        [many] { $count } نتيجة.
       *[other] { $count } نتيجة.
    }
search-untitled = بلا عنوان
search-hit-label = { $title }: { $snippet }

## عناوين مجموعات النتائج

search-group-incidents = الحوادث
search-group-plan = خطة السلامة
search-group-plan-notes = ملاحظات الخطة
search-group-contacts = جهات الاتصال
search-group-checklists = قوائم المراجعة
