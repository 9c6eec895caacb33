## What the person was writing and has not saved (drafts-list.ts)
drafts-list-title-one = كان هذا قيد الكتابة، ولم يُحفظ بعد
drafts-list-title-many = كانت هذه قيد الكتابة، ولم تُحفظ بعد
drafts-list-untitled = شيء كان قيد الكتابة
# $time: e.g. 14:05.
drafts-list-today-at = اليوم الساعة { $time }
drafts-list-carry-on = متابعة
drafts-list-carry-on-label = متابعة: { $label }
drafts-list-discard = حذف
drafts-list-discard-label = حذف: { $label }
# Said by a screen reader when a form with unsaved words is left.
drafts-list-left = { $label }: تم الاحتفاظ به كمسودة، ولم يُحفظ بعد. وهو مدرج في الأعلى، للمتابعة أو الحذف.
