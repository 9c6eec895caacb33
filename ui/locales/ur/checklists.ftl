# Routine-change and device-safety checklists (screens/checklists.ts).
# $list is a list's name, $item the words of an item on it.

## How often an item comes back

checklists-repeat-weekly = ہر ہفتے
checklists-repeat-monthly = ہر مہینے
checklists-repeat-days = { $days ->
        [one] ہر روز
       *[other] ہر { $days } دن بعد
    }
checklists-repeat-once = ایک بار
checklists-repeat-every-week = ہر ہفتے
checklists-repeat-every-month = ہر مہینے
checklists-repeat-every-days = { $days ->
        [one] ہر روز
       *[other] ہر { $days } دن بعد
    }

## The lists

checklists-title = چیک لسٹیں
checklists-due-count = { $count ->
        [one] ابھی کرنے کے لیے { $count } کام ہے۔
       *[other] ابھی کرنے کے لیے { $count } کام ہیں۔
    }
checklists-nothing-due = اس وقت کچھ بھی کرنا باقی نہیں۔
checklists-load-failed = آپ کی چیک لسٹیں لوڈ نہیں ہو سکیں۔
checklists-change-list = یہ فہرست تبدیل کریں
checklists-change-list-label = یہ فہرست تبدیل کریں: { $list }
checklists-done-changing = تبدیلی مکمل
checklists-done-changing-label = { $list } میں تبدیلی مکمل
checklists-empty = اس فہرست میں ابھی کچھ نہیں۔
checklists-due-again = دوبارہ کرنا ہے

## Changing an item

checklists-item-change = تبدیل کریں
checklists-item-change-label = "{ $item }" تبدیل کریں
checklists-item-remove = ہٹائیں
checklists-item-remove-label = "{ $item }" ہٹائیں
checklists-what-to-do = کیا کرنا ہے
checklists-how-often = کتنی بار
checklists-item-save = محفوظ کریں
checklists-item-cancel = منسوخ کریں
checklists-item-empty = براہِ کرم اس آئٹم کے لیے کچھ لکھیں، یا اسے ہٹا دیں۔
checklists-saving = محفوظ ہو رہا ہے…
checklists-saved = محفوظ ہو گیا۔
checklists-item-save-failed = یہ محفوظ نہیں ہو سکا۔ کچھ نہیں بدلا۔
checklists-item-remove-question = یہ آئٹم ہٹا دیں؟ اسے واپس نہیں لایا جا سکتا۔
checklists-item-removed = "{ $item }" ہٹا دیا گیا ہے۔
checklists-item-remove-failed = یہ ہٹایا نہیں جا سکا۔ کچھ نہیں بدلا۔

## Adding an item, renaming or removing a list

checklists-add-item = آئٹم شامل کریں
checklists-add-item-label = { $list } میں ایک آئٹم شامل کریں
checklists-new-item = نیا آئٹم
checklists-new-item-draft = "{ $list }" کے لیے نیا آئٹم
checklists-new-item-save-hint = اسے رکھنے کے لیے "آئٹم شامل کریں" دبائیں
checklists-new-item-empty = براہِ کرم لکھیں کہ آئٹم کیا ہے۔
checklists-adding = شامل ہو رہا ہے…
checklists-added = شامل ہو گیا۔
checklists-add-failed = یہ شامل نہیں ہو سکا۔ کچھ نہیں بدلا۔
checklists-list-name = فہرست کا نام
checklists-name-form-label = { $list } کا نام
checklists-save-name = نام محفوظ کریں
checklists-name-empty = براہِ کرم فہرست کو ایک نام دیں۔
checklists-renamed = فہرست کا نام اب "{ $list }" ہے۔
checklists-rename-failed = نام محفوظ نہیں ہو سکا۔ کچھ نہیں بدلا۔
checklists-remove-list = یہ فہرست ہٹائیں
checklists-remove-list-question = فہرست "{ $list }" اور اس میں موجود سب کچھ ہٹا دیں؟ اسے واپس نہیں لایا جا سکتا۔
checklists-list-removed = فہرست "{ $list }" ہٹا دی گئی ہے۔
checklists-remove-list-failed = فہرست ہٹائی نہیں جا سکی۔ کچھ نہیں بدلا۔

## A new list

checklists-new-list-title = اپنی ایک نئی فہرست
checklists-make-list = فہرست بنائیں
checklists-new-list-draft = ایک نئی چیک لسٹ
checklists-new-list-save-hint = اسے رکھنے کے لیے "فہرست بنائیں" دبائیں
checklists-making = بن رہی ہے…
checklists-made = "{ $list }" بن گئی ہے۔ نیچے اس کا پہلا آئٹم شامل کریں۔
checklists-make-failed = فہرست نہیں بن سکی۔ کچھ نہیں بدلا۔
