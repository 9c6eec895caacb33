# Routine-change and device-safety checklists (screens/checklists.ts).
# $list is a list's name, $item the words of an item on it.

## How often an item comes back

checklists-repeat-weekly = ਹਰ ਹਫ਼ਤੇ
checklists-repeat-monthly = ਹਰ ਮਹੀਨੇ
checklists-repeat-days = { $days ->
        [one] ਹਰ ਰੋਜ਼
       *[other] ਹਰ { $days } ਦਿਨਾਂ ਬਾਅਦ
    }
checklists-repeat-once = ਇੱਕ ਵਾਰ
checklists-repeat-every-week = ਹਰ ਹਫ਼ਤੇ
checklists-repeat-every-month = ਹਰ ਮਹੀਨੇ
checklists-repeat-every-days = { $days ->
        [one] ਹਰ ਰੋਜ਼
       *[other] ਹਰ { $days } ਦਿਨਾਂ ਬਾਅਦ
    }

## The lists

checklists-title = ਚੈੱਕਲਿਸਟਾਂ
checklists-due-count = { $count ->
        [one] ਹੁਣ ਕਰਨ ਲਈ { $count } ਕੰਮ ਹੈ।
       *[other] ਹੁਣ ਕਰਨ ਲਈ { $count } ਕੰਮ ਹਨ।
    }
checklists-nothing-due = ਇਸ ਵੇਲੇ ਕੁਝ ਵੀ ਕਰਨਾ ਬਾਕੀ ਨਹੀਂ।
checklists-load-failed = ਤੁਹਾਡੀਆਂ ਚੈੱਕਲਿਸਟਾਂ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀਆਂ।
checklists-change-list = ਇਹ ਸੂਚੀ ਬਦਲੋ
checklists-change-list-label = ਇਹ ਸੂਚੀ ਬਦਲੋ: { $list }
checklists-done-changing = ਬਦਲਾਅ ਪੂਰਾ
checklists-done-changing-label = { $list } ਵਿੱਚ ਬਦਲਾਅ ਪੂਰਾ
checklists-empty = ਇਸ ਸੂਚੀ ਵਿੱਚ ਅਜੇ ਕੁਝ ਨਹੀਂ ਹੈ।
checklists-due-again = ਦੁਬਾਰਾ ਕਰਨਾ ਹੈ

## Changing an item

checklists-item-change = ਬਦਲੋ
checklists-item-change-label = "{ $item }" ਬਦਲੋ
checklists-item-remove = ਹਟਾਓ
checklists-item-remove-label = "{ $item }" ਹਟਾਓ
checklists-what-to-do = ਕੀ ਕਰਨਾ ਹੈ
checklists-how-often = ਕਿੰਨੀ ਵਾਰ
checklists-item-save = ਸੰਭਾਲੋ
checklists-item-cancel = ਰੱਦ ਕਰੋ
checklists-item-empty = ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਆਈਟਮ ਲਈ ਕੁਝ ਲਿਖੋ, ਜਾਂ ਇਸਨੂੰ ਹਟਾ ਦਿਓ।
checklists-saving = ਸੰਭਾਲਿਆ ਜਾ ਰਿਹਾ ਹੈ…
checklists-saved = ਸੰਭਾਲ ਲਿਆ ਗਿਆ।
checklists-item-save-failed = ਇਹ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
checklists-item-remove-question = ਕੀ ਇਹ ਆਈਟਮ ਹਟਾਉਣੀ ਹੈ? ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦਾ ਜਾ ਸਕਦਾ।
checklists-item-removed = "{ $item }" ਹਟਾ ਦਿੱਤੀ ਗਈ ਹੈ।
checklists-item-remove-failed = ਇਹ ਹਟਾਈ ਨਹੀਂ ਜਾ ਸਕੀ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।

## Adding an item, renaming or removing a list

checklists-add-item = ਆਈਟਮ ਜੋੜੋ
checklists-add-item-label = { $list } ਵਿੱਚ ਇੱਕ ਆਈਟਮ ਜੋੜੋ
checklists-new-item = ਨਵੀਂ ਆਈਟਮ
checklists-new-item-draft = "{ $list }" ਲਈ ਨਵੀਂ ਆਈਟਮ
checklists-new-item-save-hint = ਇਸਨੂੰ ਰੱਖਣ ਲਈ "ਆਈਟਮ ਜੋੜੋ" ਦਬਾਓ
checklists-new-item-empty = ਕਿਰਪਾ ਕਰਕੇ ਲਿਖੋ ਕਿ ਆਈਟਮ ਕੀ ਹੈ।
checklists-adding = ਜੋੜੀ ਜਾ ਰਹੀ ਹੈ…
checklists-added = ਜੋੜ ਦਿੱਤੀ ਗਈ।
checklists-add-failed = ਇਹ ਜੋੜੀ ਨਹੀਂ ਜਾ ਸਕੀ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
checklists-list-name = ਸੂਚੀ ਦਾ ਨਾਮ
checklists-name-form-label = { $list } ਦਾ ਨਾਮ
checklists-save-name = ਨਾਮ ਸੰਭਾਲੋ
checklists-name-empty = ਕਿਰਪਾ ਕਰਕੇ ਸੂਚੀ ਨੂੰ ਇੱਕ ਨਾਮ ਦਿਓ।
checklists-renamed = ਸੂਚੀ ਦਾ ਨਾਮ ਹੁਣ "{ $list }" ਹੈ।
checklists-rename-failed = ਨਾਮ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
checklists-remove-list = ਇਹ ਸੂਚੀ ਹਟਾਓ
checklists-remove-list-question = ਕੀ ਸੂਚੀ "{ $list }" ਅਤੇ ਇਸ ਵਿੱਚ ਸਭ ਕੁਝ ਹਟਾਉਣਾ ਹੈ? ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦਾ ਜਾ ਸਕਦਾ।
checklists-list-removed = ਸੂਚੀ "{ $list }" ਹਟਾ ਦਿੱਤੀ ਗਈ ਹੈ।
checklists-remove-list-failed = ਸੂਚੀ ਹਟਾਈ ਨਹੀਂ ਜਾ ਸਕੀ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।

## A new list

checklists-new-list-title = ਤੁਹਾਡੀ ਆਪਣੀ ਇੱਕ ਨਵੀਂ ਸੂਚੀ
checklists-make-list = ਸੂਚੀ ਬਣਾਓ
checklists-new-list-draft = ਇੱਕ ਨਵੀਂ ਚੈੱਕਲਿਸਟ
checklists-new-list-save-hint = ਇਸਨੂੰ ਰੱਖਣ ਲਈ "ਸੂਚੀ ਬਣਾਓ" ਦਬਾਓ
checklists-making = ਬਣਾਈ ਜਾ ਰਹੀ ਹੈ…
checklists-made = "{ $list }" ਬਣ ਗਈ ਹੈ। ਹੇਠਾਂ ਇਸਦੀ ਪਹਿਲੀ ਆਈਟਮ ਜੋੜੋ।
checklists-make-failed = ਸੂਚੀ ਨਹੀਂ ਬਣ ਸਕੀ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
