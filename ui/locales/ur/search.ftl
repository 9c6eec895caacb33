## تلاش، ان چیزوں میں جو لکھی گئی ہیں۔

search-title = تلاش
search-lead = اپنے واقعات کے ریکارڈ، حفاظتی منصوبے، قابل اعتماد رابطوں اور چیک لسٹوں میں الفاظ تلاش کریں۔
search-form-label = اپنی معلومات میں تلاش کریں
search-for = کیا تلاش کرنا ہے
search-hint = ٹائپ کرتے ہی نتائج ظاہر ہوتے ہیں۔
search-nothing-found = "{ $query }" کے لیے کچھ نہیں ملا۔
search-failed = ابھی تلاش کام نہیں کر سکی۔ براہ کرم دوبارہ کوشش کریں۔
search-result-count =
    { $count ->
        [one] { $count } نتیجہ۔
       *[other] { $count } نتائج۔
    }
search-untitled = بلا عنوان
search-hit-label = { $title }: { $snippet }

## نتائج کے گروپوں کے عنوانات

search-group-incidents = واقعات
search-group-plan = حفاظتی منصوبہ
search-group-plan-notes = منصوبے کے نوٹس
search-group-contacts = رابطے
search-group-checklists = چیک لسٹیں
