## خطرے کی صورتحال کی اسکرین پر واقعات کے ریکارڈ کے چارٹ: ہر ہفتے واقعات، اور قسم کے لحاظ سے۔

patterns-summary-empty = ہر ہفتے واقعات: ابھی دکھانے کو کچھ نہیں۔
patterns-summary-none = ہر ہفتے واقعات { $weeks ->
        [1] دکھائے گئے ایک ہفتے میں
       *[other] پچھلے { $weeks } ہفتوں میں
    }: کوئی نہیں۔
patterns-summary-busiest = ہر ہفتے واقعات { $weeks ->
        [1] دکھائے گئے ایک ہفتے میں
       *[other] پچھلے { $weeks } ہفتوں میں
    }: کل { $total }؛ سب سے زیادہ { $week } والے ہفتے میں ({ $max })۔
patterns-summary-busiest-several = ہر ہفتے واقعات { $weeks ->
        [1] دکھائے گئے ایک ہفتے میں
       *[other] پچھلے { $weeks } ہفتوں میں
    }: کل { $total }؛ ایک ہفتے میں سب سے زیادہ { $max } تھے، { $busiest } ہفتوں میں، سب سے حالیہ { $week } والا ہفتہ۔
patterns-bar-title = { $week } والا ہفتہ: { $count }
patterns-table-show = یہ اعداد جدول کی صورت میں دکھائیں
patterns-table-caption = ہر ہفتے واقعات
patterns-table-week-starting = ہفتے کا آغاز
patterns-table-incidents = واقعات
patterns-by-type-label = قسم کے لحاظ سے واقعات
patterns-times = { $count } بار
