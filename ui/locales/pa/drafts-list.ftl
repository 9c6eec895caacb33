## What the person was writing and has not saved (drafts-list.ts)
drafts-list-title-one = ਇਹ ਲਿਖਿਆ ਜਾ ਰਿਹਾ ਸੀ, ਅਤੇ ਅਜੇ ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ
drafts-list-title-many = ਇਹ ਲਿਖੇ ਜਾ ਰਹੇ ਸਨ, ਅਤੇ ਅਜੇ ਸੰਭਾਲੇ ਨਹੀਂ ਗਏ
drafts-list-untitled = ਕੁਝ ਜੋ ਲਿਖਿਆ ਜਾ ਰਿਹਾ ਸੀ
# $time: e.g. 14:05.
drafts-list-today-at = ਅੱਜ { $time } ਵਜੇ
drafts-list-carry-on = ਜਾਰੀ ਰੱਖੋ
drafts-list-carry-on-label = ਜਾਰੀ ਰੱਖੋ: { $label }
drafts-list-discard = ਮਿਟਾਓ
drafts-list-discard-label = ਮਿਟਾਓ: { $label }
# Said by a screen reader when a form with unsaved words is left.
drafts-list-left = { $label }: ਰੱਖ ਲਿਆ ਗਿਆ ਹੈ, ਪਰ ਅਜੇ ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ। ਇਹ ਸਭ ਤੋਂ ਉੱਪਰ ਸੂਚੀ ਵਿੱਚ ਹੈ, ਜਾਰੀ ਰੱਖਣ ਜਾਂ ਮਿਟਾਉਣ ਲਈ।
