## رسوم بيانية من سجل الحوادث في صورة المخاطر: الحوادث في كل أسبوع، وحسب النوع.

patterns-summary-empty = الحوادث في كل أسبوع: لا شيء لعرضه بعد.
patterns-summary-none = الحوادث في كل أسبوع { $weeks ->
        [1] في الأسبوع الوحيد المعروض
        [two] خلال الأسبوعين الأخيرين
        [few] خلال آخر { $weeks } أسابيع
        [many] خلال آخر { $weeks } أسبوعًا
       *[other] خلال آخر { $weeks } أسبوع
    }: لا شيء.
patterns-summary-busiest = الحوادث في كل أسبوع { $weeks ->
        [1] في الأسبوع الوحيد المعروض
        [two] خلال الأسبوعين الأخيرين
        [few] خلال آخر { $weeks } أسابيع
        [many] خلال آخر { $weeks } أسبوعًا
       *[other] خلال آخر { $weeks } أسبوع
    }: { $total } إجمالًا؛ أكثرها في أسبوع { $week } ({ $max }).
patterns-summary-busiest-several = الحوادث في كل أسبوع { $weeks ->
        [1] في الأسبوع الوحيد المعروض
        [two] خلال الأسبوعين الأخيرين
        [few] خلال آخر { $weeks } أسابيع
        [many] خلال آخر { $weeks } أسبوعًا
       *[other] خلال آخر { $weeks } أسبوع
    }: { $total } إجمالًا؛ أكبر عدد في أسبوع واحد كان { $max }، في { $busiest ->
        [two] أسبوعين
        [few] { $busiest } أسابيع
        [many] { $busiest } أسبوعًا
       *[other] { $busiest } أسبوع
    }، آخرها أسبوع { $week }.
patterns-bar-title = أسبوع { $week }: { $count }
patterns-table-show = عرض هذه الأرقام في جدول
patterns-table-caption = الحوادث في كل أسبوع
patterns-table-week-starting = بداية الأسبوع
patterns-table-incidents = الحوادث
patterns-by-type-label = الحوادث حسب النوع
patterns-times = { $count ->
        [one] مرة واحدة
        [two] مرتان
        [few] { $count } مرات
        [many] { $count } مرة
       *[other] { $count } مرة
    }
