# ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ (advocate) ਦੇ ਕੇਸ। ਇੱਕ “ਕੇਸ” ਉਹ ਇੱਕ ਵਿਅਕਤੀ ਹੈ ਜਿਸ ਦੀ ਸਹਾਇਤਾ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।

## ਸਕਰੀਨ

caseload-heading = ਕੇਸਾਂ ਦੀ ਸੂਚੀ
caseload-lead = ਤੁਹਾਡੀ ਸਹਾਇਤਾ ਹੇਠ ਹਰ ਵਿਅਕਤੀ ਦਾ ਆਪਣਾ ਕੇਸ ਹੈ, ਜੋ ਹਰ ਦੂਜੇ ਕੇਸ ਤੋਂ ਅਤੇ ਤੁਹਾਡੀ ਆਪਣੀ ਥਾਂ ਤੋਂ ਵੱਖਰਾ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ। ਉਨ੍ਹਾਂ ਦੀ ਯੋਜਨਾ, ਸੰਪਰਕ ਅਤੇ ਚੈੱਕਲਿਸਟਾਂ ਦੇਖਣ ਅਤੇ ਉਨ੍ਹਾਂ 'ਤੇ ਕੰਮ ਕਰਨ ਲਈ ਕੇਸ ਖੋਲ੍ਹੋ।
caseload-list-label = ਤੁਹਾਡੇ ਕੇਸ
caseload-sort-label = ਕੇਸਾਂ ਦੀ ਤਰਤੀਬ
caseload-order-added = ਜੋੜਨ ਦਾ ਸਮਾਂ
caseload-order-name = ਨਾਮ
caseload-order-level = ਖ਼ਤਰੇ ਦਾ ਤਾਜ਼ਾ ਪੱਧਰ, ਸਭ ਤੋਂ ਉੱਚਾ ਪਹਿਲਾਂ
caseload-order-marac = MARAC ਰੈਫ਼ਰਲ, ਸਭ ਤੋਂ ਨਵਾਂ ਪਹਿਲਾਂ
caseload-order-review = ਅਗਲੀ ਸਮੀਖਿਆ, ਸਭ ਤੋਂ ਨੇੜੇ ਵਾਲੀ ਪਹਿਲਾਂ
caseload-empty = ਅਜੇ ਕੋਈ ਕੇਸ ਨਹੀਂ। ਆਪਣੀ ਸਹਾਇਤਾ ਹੇਠ ਹਰ ਵਿਅਕਤੀ ਲਈ ਹੇਠਾਂ ਇੱਕ ਕੇਸ ਜੋੜੋ।
caseload-load-failed = ਤੁਹਾਡੇ ਕੇਸ ਇਸ ਵੇਲੇ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## ਕੇਸ ਜੋੜਨਾ

caseload-add-heading = ਕੇਸ ਜੋੜੋ
caseload-field-label = ਇਸ ਕੇਸ ਲਈ ਤੁਹਾਡਾ ਨਾਮ, ਜਿਵੇਂ ਸ਼ੁਰੂਆਤੀ ਅੱਖਰ
caseload-field-hint = ਇਹ ਸਿਰਫ਼ ਤੁਹਾਨੂੰ ਦਿਸਦਾ ਹੈ। ਸ਼ੁਰੂਆਤੀ ਅੱਖਰ ਜਾਂ ਛੋਟਾ ਨਾਮ ਕਾਫ਼ੀ ਹੈ।
caseload-add = ਕੇਸ ਜੋੜੋ
caseload-added = ਕੇਸ “{ $label }” ਜੋੜ ਦਿੱਤਾ ਗਿਆ।
caseload-add-failed = ਕੇਸ ਇਸ ਵੇਲੇ ਜੋੜਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
caseload-label-missing = ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਕੇਸ ਲਈ ਕੋਈ ਨਾਮ ਲਿਖੋ, ਜਿਵੇਂ ਉਸ ਵਿਅਕਤੀ ਦੇ ਸ਼ੁਰੂਆਤੀ ਅੱਖਰ।
caseload-label-too-long = ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਰੱਖੋ (ਹੁਣ { $length } ਹਨ)। ਸ਼ੁਰੂਆਤੀ ਅੱਖਰ ਕਾਫ਼ੀ ਹਨ।

## ਸੂਚੀ ਵਿੱਚ ਇੱਕ ਕੇਸ

caseload-open-now = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ
caseload-open = ਖੋਲ੍ਹੋ
caseload-go-to = ਇਸ 'ਤੇ ਜਾਓ
caseload-open-label = ਕੇਸ { $label } ਖੋਲ੍ਹੋ
caseload-open-failed = ਕੇਸ ਇਸ ਵੇਲੇ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
caseload-sharing-off = ਅਜੇ ਜੋੜਿਆ ਨਹੀਂ ਗਿਆ
caseload-sharing-on = ਸਾਂਝਾ ਕਰਨਾ ਚਾਲੂ ਹੈ
caseload-sharing-ended = ਸਾਂਝਾ ਕਰਨਾ ਖ਼ਤਮ ਹੋ ਗਿਆ
caseload-high = ਉੱਚਾ

## ਕੇਸ ਦੀ ਖ਼ਤਰੇ ਵਾਲੀ ਲਾਈਨ

caseload-risk-none = ਅਜੇ ਤੱਕ ਖ਼ਤਰੇ ਦੀ ਕੋਈ ਜਾਂਚ ਨਹੀਂ ਦਿਸੀ (ਕੇਸ ਖੋਲ੍ਹਣ ਨਾਲ ਇਹ ਲਾਈਨ ਤਾਜ਼ਾ ਹੋ ਜਾਵੇਗੀ)
caseload-risk-latest = ਖ਼ਤਰੇ ਦਾ ਤਾਜ਼ਾ ਪੱਧਰ: { $level } ({ $published }, { $date })
caseload-published-earlier = ਪਹਿਲਾਂ ਵਾਲੇ ਸਵਾਲ
caseload-risk-marac = MARAC ਰੈਫ਼ਰਲ: { $date }
caseload-risk-review = ਅਗਲੀ ਸਮੀਖਿਆ: { $date }
caseload-risk-review-due = ਅਗਲੀ ਸਮੀਖਿਆ: { $date } (ਅੱਜ ਹੋਣੀ ਹੈ)
caseload-risk-review-overdue = ਅਗਲੀ ਸਮੀਖਿਆ: { $date } (ਸਮਾਂ ਲੰਘ ਗਿਆ)

## ਨਿੱਜੀ ਨੋਟ

caseload-notes-summary = ਨਿੱਜੀ ਨੋਟ
caseload-notes-summary-unsaved = ਨਿੱਜੀ ਨੋਟ (ਅਜੇ ਸੰਭਾਲੇ ਨਹੀਂ)
caseload-notes-label = ਕੇਸ { $label } ਦੇ ਨੋਟ
caseload-notes-hint = ਇਹ ਨੋਟ ਸਿਰਫ਼ ਤੁਹਾਨੂੰ ਦਿਸਦੇ ਹਨ। ਇਹ ਕਦੇ ਵੀ ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਸਾਂਝੇ ਨਹੀਂ ਕੀਤੇ ਜਾਂਦੇ।
caseload-notes-save = ਨੋਟ ਸੰਭਾਲੋ
caseload-notes-save-label = ਕੇਸ { $label } ਦੇ ਨੋਟ ਸੰਭਾਲੋ
caseload-notes-saved = ਨੋਟ ਸੰਭਾਲੇ ਗਏ।
caseload-notes-save-failed = ਤੁਹਾਡੇ ਨੋਟ ਸੰਭਾਲੇ ਨਹੀਂ ਜਾ ਸਕੇ। ਉਹ ਅਜੇ ਵੀ ਇੱਥੇ ਹਨ; ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## ਕੇਸ ਹਟਾਉਣਾ

caseload-remove = ਕੇਸ ਹਟਾਓ
caseload-remove-label = ਕੇਸ { $label } ਹਟਾਓ
caseload-remove-question = ਕੇਸ “{ $label }” ਹਟਾਉਣਾ ਹੈ? ਇਸ ਨਾਲ ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਇਸ ਕੇਸ ਦੀ ਕਾਪੀ ਮਿਟ ਜਾਵੇਗੀ: ਉਸ ਵਿਅਕਤੀ ਲਈ ਰੱਖੀ ਯੋਜਨਾ, ਸੰਪਰਕ ਅਤੇ ਚੈੱਕਲਿਸਟਾਂ, ਅਤੇ ਤੁਹਾਡੇ ਨਿੱਜੀ ਨੋਟ। ਇਸ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ। ਉਸ ਵਿਅਕਤੀ ਦੀ ਆਪਣੀ ਐਪ ਨਹੀਂ ਬਦਲਦੀ।
caseload-remove-yes = ਹਾਂ, ਇਸ ਨੂੰ ਹਟਾਓ
caseload-remove-no = ਰਹਿਣ ਦਿਓ
caseload-removed = ਕੇਸ “{ $label }” ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।
caseload-remove-failed = ਕੇਸ ਇਸ ਵੇਲੇ ਹਟਾਇਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕੁਝ ਵੀ ਨਹੀਂ ਮਿਟਿਆ; ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
caseload-stop-sharing-first = ਪਹਿਲਾਂ ਇਸ ਵਿਅਕਤੀ ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰੋ: ਕੇਸ ਖੋਲ੍ਹੋ, “ਸਾਂਝਾ ਕਰਨਾ” 'ਤੇ ਜਾਓ, ਫਿਰ “ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰੋ” ਚੁਣੋ।

## ਖੁੱਲ੍ਹਾ ਕੇਸ, ਉੱਪਰਲੀ ਪੱਟੀ ਵਿੱਚ

caseload-banner = ਕੇਸ: { $label }
caseload-banner-open = ਕੇਸ ਖੁੱਲ੍ਹਾ ਹੈ

## “ਬੈਕਅੱਪ ਸੰਭਾਲਿਆ ਗਿਆ” ਤੋਂ ਬਾਅਦ

caseload-backup-all = { $count ->
        [one] ਇਸ ਵਿੱਚ ਤੁਹਾਡਾ { $count } ਕੇਸ ਸ਼ਾਮਲ ਹੈ।
       *[other] ਇਸ ਵਿੱਚ ਤੁਹਾਡੇ ਸਾਰੇ { $count } ਕੇਸ ਸ਼ਾਮਲ ਹਨ।
    }
caseload-backup-some = { $count ->
        [one] ਇਸ ਵਿੱਚ { $count } ਕੇਸ ਸ਼ਾਮਲ ਹੈ।
       *[other] ਇਸ ਵਿੱਚ { $count } ਕੇਸ ਸ਼ਾਮਲ ਹਨ।
    }
caseload-backup-unreadable = { $count ->
        [one] { $count } ਕੇਸ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ (ਹੋ ਸਕਦਾ ਹੈ ਉਸ ਦੀ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੋਵੇ) ਅਤੇ ਉਹ ਇਸ ਵਿੱਚ ਸ਼ਾਮਲ ਨਹੀਂ।
       *[other] { $count } ਕੇਸ ਪੜ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕੇ (ਹੋ ਸਕਦਾ ਹੈ ਉਨ੍ਹਾਂ ਦੀਆਂ ਫ਼ਾਈਲਾਂ ਖ਼ਰਾਬ ਹੋਣ) ਅਤੇ ਉਹ ਇਸ ਵਿੱਚ ਸ਼ਾਮਲ ਨਹੀਂ।
    }

## “ਬੈਕਅੱਪ ਤੋਂ ਵਾਪਸ ਲਿਆਂਦਾ ਗਿਆ” ਤੋਂ ਬਾਅਦ

caseload-restore-came-back = { $count ->
        [one] { $count } ਕੇਸ ਇਸ ਤੋਂ ਵਾਪਸ ਆਇਆ
       *[other] { $count } ਕੇਸ ਇਸ ਤੋਂ ਵਾਪਸ ਆਏ
    }
caseload-restore-kept = { $count ->
        [one] ਬੈਕਅੱਪ ਤੋਂ ਬਾਅਦ ਜੋੜਿਆ ਗਿਆ { $count } ਕੇਸ ਜਿਵੇਂ ਸੀ ਉਵੇਂ ਹੀ ਰੱਖਿਆ ਗਿਆ
       *[other] ਬੈਕਅੱਪ ਤੋਂ ਬਾਅਦ ਜੋੜੇ ਗਏ { $count } ਕੇਸ ਜਿਵੇਂ ਸਨ ਉਵੇਂ ਹੀ ਰੱਖੇ ਗਏ
    }
caseload-restore-left-out = { $count ->
        [one] ਇਸ ਵਿੱਚੋਂ { $count } ਕੇਸ ਆਪਣੀ ਥਾਂ 'ਤੇ ਨਹੀਂ ਲਗਾਇਆ ਜਾ ਸਕਿਆ ਅਤੇ ਪਹਿਲਾਂ ਵਾਂਗ ਹੀ ਹੈ
       *[other] ਇਸ ਵਿੱਚੋਂ { $count } ਕੇਸ ਆਪਣੀ ਥਾਂ 'ਤੇ ਨਹੀਂ ਲਗਾਏ ਜਾ ਸਕੇ ਅਤੇ ਪਹਿਲਾਂ ਵਾਂਗ ਹੀ ਹਨ
    }
caseload-restore-separator = { "; " }
caseload-restore-sentence = { $parts }।
