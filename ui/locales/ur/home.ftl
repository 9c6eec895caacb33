# The open app: the header, its row of sections and the notes under it.

home-title = آپ کی جگہ
home-quick-exit = فوری باہر نکلیں
home-quick-exit-label = فوری باہر نکلیں: ابھی چھپائیں اور لاک کریں
home-skip-link = اسکرین پر جائیں

## The row of sections.
home-nav-label = حصے
home-nav-plan = حفاظتی منصوبہ
home-nav-checklists = چیک لسٹیں
home-nav-incidents = واقعات کا ریکارڈ
home-nav-people = لوگ اور احکامات
home-nav-risk = خطرے کی صورتحال
home-nav-evidence = رپورٹ
home-nav-contacts = قابل اعتماد رابطے
home-nav-support = مدد حاصل کریں
home-nav-search = تلاش
home-nav-sharing = شیئرنگ
home-nav-settings = سیٹنگز

## Notes said once after unlock.
home-open-settings = سیٹنگز کھولیں
home-open-people-orders = لوگ اور احکامات کھولیں
