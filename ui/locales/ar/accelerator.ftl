## مفاتيح اختصار الإخفاء السريع بالكلمات. المفاتيح المسماة كما هي مطبوعة على لوحة المفاتيح
## (Ctrl وAlt وShift وCommand وOption وPage Up…) لا تُترجم.

accelerator-windows-key = مفتاح Windows
accelerator-up-arrow = السهم لأعلى
accelerator-down-arrow = السهم لأسفل
accelerator-left-arrow = السهم لليسار
accelerator-right-arrow = السهم لليمين
accelerator-number-pad = لوحة الأرقام { $digit }
