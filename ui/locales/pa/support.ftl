# Who to call: the support directory (screens/support.ts, screens/support-regions.ts).
# $name is a service's name. Phone numbers (999, 55) and the name "Silent Solution" stay as they are.

## The directory

support-title = ਮਦਦ ਲਵੋ
support-silent-solution = ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ? 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਜੇ ਬੋਲਣਾ ਸੰਭਵ ਨਾ ਹੋਵੇ, ਤਾਂ ਮੋਬਾਈਲ ਫ਼ੋਨ ਤੋਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ, ਆਪਰੇਟਰ ਦੀ ਗੱਲ ਸੁਣੋ, ਫਿਰ ਪੁੱਛੇ ਜਾਣ 'ਤੇ 55 ਦਬਾਓ। ਇਹ Silent Solution (ਚੁੱਪ ਹੱਲ) ਹੈ: ਇਸ ਨਾਲ ਉਹਨਾਂ ਨੂੰ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਸੱਚਮੁੱਚ ਐਮਰਜੈਂਸੀ ਹੈ, ਅਤੇ ਉਹ ਤੁਹਾਡੀ ਮਦਦ ਕਰਦੇ ਰਹਿਣਗੇ।
support-add = ਸੇਵਾ ਜੋੜੋ
support-list-label = ਸਹਾਇਤਾ ਸੇਵਾਵਾਂ
support-empty = ਤੁਹਾਡੀ ਸੂਚੀ ਵਿੱਚ ਕੋਈ ਸੇਵਾ ਨਹੀਂ। ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
support-load-failed = ਡਾਇਰੈਕਟਰੀ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ।
support-phone = ਫ਼ੋਨ:{ " " }
support-edited = ਤੁਸੀਂ ਇਹ ਵੇਰਵੇ ਬਦਲੇ ਹਨ।
support-change = ਬਦਲੋ
support-change-label = { $name } ਬਦਲੋ
support-remove = ਹਟਾਓ
support-remove-label = { $name } ਹਟਾਓ
support-remove-builtin-question = ਕੀ { $name } ਨੂੰ ਆਪਣੀ ਸੂਚੀ ਵਿੱਚੋਂ ਹਟਾਉਣਾ ਹੈ? ਇਸਨੂੰ ਬਾਅਦ ਵਿੱਚ ਵਾਪਸ ਲਿਆਂਦਾ ਜਾ ਸਕਦਾ ਹੈ।
support-remove-question = ਕੀ { $name } ਨੂੰ ਹਟਾਉਣਾ ਹੈ? ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦਾ ਜਾ ਸਕਦਾ।
support-removed-builtin = { $name } ਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਇਹ "ਤੁਹਾਡੇ ਵੱਲੋਂ ਹਟਾਈਆਂ ਸੇਵਾਵਾਂ" ਹੇਠ ਦਰਜ ਹੈ।
support-removed = { $name } ਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।
support-remove-failed = { $name } ਨੂੰ ਹਟਾਇਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।

## Services put aside

support-removed-label = ਤੁਹਾਡੇ ਵੱਲੋਂ ਹਟਾਈਆਂ ਸੇਵਾਵਾਂ
support-removed-summary = ਤੁਹਾਡੇ ਵੱਲੋਂ ਹਟਾਈਆਂ ਸੇਵਾਵਾਂ ({ $count })
support-put-back-about = "ਵਾਪਸ ਲਿਆਓ" ਨਾਲ ਸੇਵਾ ਉਸੇ ਤਰ੍ਹਾਂ ਵਾਪਸ ਆ ਜਾਂਦੀ ਹੈ ਜਿਵੇਂ ਆਖਰੀ ਵਾਰ ਤੁਹਾਡੇ ਕੋਲ ਸੀ।
support-put-back = ਵਾਪਸ ਲਿਆਓ
support-put-back-label = { $name } ਵਾਪਸ ਲਿਆਓ
support-putting-back = ਵਾਪਸ ਲਿਆਂਦੀ ਜਾ ਰਹੀ ਹੈ…
support-back-in-list = { $name } ਦੁਬਾਰਾ ਤੁਹਾਡੀ ਸੂਚੀ ਵਿੱਚ ਹੈ।
support-put-back-failed = ਇਹ ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦੀ ਜਾ ਸਕੀ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।

## Adding or changing a service

support-add-title = ਸੇਵਾ ਜੋੜੋ
support-change-title = { $name } ਬਦਲੋ
support-builtin-note = ਇਹ ਉਹਨਾਂ ਸੇਵਾਵਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੈ ਜੋ ਐਪ ਦੇ ਨਾਲ ਆਉਂਦੀਆਂ ਹਨ। ਤੁਹਾਡੀਆਂ ਤਬਦੀਲੀਆਂ ਇਸੇ ਕੰਪਿਊਟਰ 'ਤੇ ਰਹਿੰਦੀਆਂ ਹਨ; ਇਸਨੂੰ ਕਦੇ ਵੀ ਪ੍ਰਕਾਸ਼ਿਤ ਰੂਪ ਵਿੱਚ ਵਾਪਸ ਲਿਆਂਦਾ ਜਾ ਸਕਦਾ ਹੈ।
support-own-note = ਉਦਾਹਰਨ ਲਈ ਤੁਹਾਡੀ ਸਥਾਨਕ IDVA ਸੇਵਾ, ਜਾਂ ਤੁਹਾਡੇ ਇਲਾਕੇ ਲਈ ਕੋਈ ਹੈਲਪਲਾਈਨ।
support-field-name = ਨਾਮ
support-field-phone = ਫ਼ੋਨ ਨੰਬਰ
support-field-hours = ਕਦੋਂ ਖੁੱਲ੍ਹੇ ਹੁੰਦੇ ਹਨ
support-field-hours-hint = ਉਦਾਹਰਨ ਲਈ: 24 ਘੰਟੇ, ਜਾਂ ਹਫ਼ਤੇ ਦੇ ਦਿਨਾਂ ਵਿੱਚ 9 ਤੋਂ 5 ਵਜੇ ਤੱਕ।
support-field-region = ਕਿੱਥੇ ਮਦਦ ਕਰਦੇ ਹਨ
support-field-description = ਕੀ ਕਰਦੇ ਹਨ
support-save-changes = ਤਬਦੀਲੀਆਂ ਸੰਭਾਲੋ
support-add-to-list = ਮੇਰੀ ਸੂਚੀ ਵਿੱਚ ਜੋੜੋ
support-cancel = ਰੱਦ ਕਰੋ
support-restore = ਪ੍ਰਕਾਸ਼ਿਤ ਰੂਪ ਵਿੱਚ ਵਾਪਸ ਲਿਆਓ
support-restore-sure = ਹਾਂ, ਮੇਰੀਆਂ ਤਬਦੀਲੀਆਂ ਛੱਡ ਦਿਓ
support-restore-warning = ਇਸ ਸੇਵਾ ਵਿੱਚ ਤੁਹਾਡੀਆਂ ਤਬਦੀਲੀਆਂ ਦੀ ਥਾਂ ਪ੍ਰਕਾਸ਼ਿਤ ਵੇਰਵੇ ਆ ਜਾਣਗੇ। ਅਜਿਹਾ ਕਰਨ ਲਈ ਦੁਬਾਰਾ ਦਬਾਓ।
support-restored = { $name } ਦੁਬਾਰਾ ਉਸੇ ਤਰ੍ਹਾਂ ਹੈ ਜਿਵੇਂ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋਈ ਸੀ।
support-name-empty = ਕਿਰਪਾ ਕਰਕੇ ਸੇਵਾ ਨੂੰ ਇੱਕ ਨਾਮ ਦਿਓ।
support-saving = ਸੰਭਾਲਿਆ ਜਾ ਰਿਹਾ ਹੈ…
support-changes-saved = ਤੁਹਾਡੀਆਂ ਤਬਦੀਲੀਆਂ ਸੰਭਾਲ ਲਈਆਂ ਗਈਆਂ ਹਨ।
support-added = { $name } ਤੁਹਾਡੀ ਸੂਚੀ ਵਿੱਚ ਹੈ।
support-save-failed = ਇਹ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
support-changes-draft = { $name } ਵਿੱਚ ਤਬਦੀਲੀਆਂ
support-new-draft = "ਮਦਦ ਲਵੋ" ਲਈ ਨਵੀਂ ਸੇਵਾ
support-save-changes-hint = ਇਸਨੂੰ ਰੱਖਣ ਲਈ "ਤਬਦੀਲੀਆਂ ਸੰਭਾਲੋ" ਦਬਾਓ
support-add-hint = ਇਸਨੂੰ ਰੱਖਣ ਲਈ "ਮੇਰੀ ਸੂਚੀ ਵਿੱਚ ਜੋੜੋ" ਦਬਾਓ

## Where a service helps

support-region-gb = ਪੂਰਾ ਯੂ.ਕੇ.
support-region-eng = ਇੰਗਲੈਂਡ
support-region-eaw = ਇੰਗਲੈਂਡ ਅਤੇ ਵੇਲਜ਼
support-region-wls = ਵੇਲਜ਼
support-region-sct = ਸਕਾਟਲੈਂਡ
support-region-nir = ਉੱਤਰੀ ਆਇਰਲੈਂਡ
support-region-none = ਕੋਈ ਇੱਕ ਥਾਂ ਨਹੀਂ (ਔਨਲਾਈਨ, ਜਾਂ ਕਿਤੇ ਹੋਰ)
