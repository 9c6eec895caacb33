## What the person was writing and has not saved (drafts-list.ts)
drafts-list-title-one = یہ لکھا جا رہا تھا، اور ابھی محفوظ نہیں ہوا
drafts-list-title-many = یہ تحریریں لکھی جا رہی تھیں، اور ابھی محفوظ نہیں ہوئیں
drafts-list-untitled = کچھ جو لکھا جا رہا تھا
# $time: e.g. 14:05.
drafts-list-today-at = آج { $time } بجے
drafts-list-carry-on = جاری رکھیں
drafts-list-carry-on-label = جاری رکھیں: { $label }
drafts-list-discard = حذف کریں
drafts-list-discard-label = حذف کریں: { $label }
# Said by a screen reader when a form with unsaved words is left.
drafts-list-left = { $label }: رکھ لیا گیا ہے، مگر ابھی محفوظ نہیں ہوا۔ یہ اوپر فہرست میں موجود ہے، جہاں سے اسے جاری رکھا یا حذف کیا جا سکتا ہے۔
