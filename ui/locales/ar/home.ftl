# The open app: the header, its row of sections and the notes under it.

home-title = مساحتك
home-quick-exit = خروج سريع
home-quick-exit-label = خروج سريع: الإخفاء والقفل الآن
home-skip-link = الانتقال إلى الشاشة

## The row of sections.
home-nav-label = الأقسام
home-nav-plan = خطة الأمان
home-nav-checklists = قوائم التحقق
home-nav-incidents = سجل الحوادث
home-nav-people = الأشخاص والأوامر
home-nav-risk = صورة المخاطر
home-nav-evidence = التقرير
home-nav-contacts = جهات الاتصال الموثوقة
home-nav-support = الحصول على مساعدة
home-nav-search = البحث
home-nav-sharing = المشاركة
home-nav-settings = الإعدادات

## Notes said once after unlock.
home-open-settings = فتح الإعدادات
home-open-people-orders = فتح الأشخاص والأوامر
