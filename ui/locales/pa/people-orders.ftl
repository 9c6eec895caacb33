# ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਵਾਲਾ ਵਿਅਕਤੀ, ਅਤੇ ਉਸ ਉੱਤੇ ਲਾਗੂ ਹੁਕਮ ਅਤੇ ਸ਼ਰਤਾਂ।

## ਹੁਕਮਾਂ ਦੀਆਂ ਕਿਸਮਾਂ (ਯੂ.ਕੇ. ਦੇ ਨਾਮ, ਬਰੈਕਟ ਵਿੱਚ ਅੰਗਰੇਜ਼ੀ ਨਾਮ ਨਾਲ)

people-orders-kind-stalking-protection = ਪਿੱਛਾ ਕਰਨ ਤੋਂ ਸੁਰੱਖਿਆ ਦਾ ਹੁਕਮ (Stalking Protection Order)
people-orders-kind-non-molestation = ਤੰਗ-ਪਰੇਸ਼ਾਨ ਨਾ ਕਰਨ ਦਾ ਹੁਕਮ (non-molestation order)
people-orders-kind-restraining = ਰੋਕ ਦਾ ਹੁਕਮ (restraining order)
people-orders-kind-occupation = ਘਰ ਵਿੱਚ ਰਹਿਣ ਬਾਰੇ ਹੁਕਮ (occupation order)
people-orders-kind-domestic-abuse-protection = ਘਰੇਲੂ ਦੁਰਵਿਹਾਰ ਤੋਂ ਸੁਰੱਖਿਆ ਦਾ ਹੁਕਮ (Domestic Abuse Protection Order)
people-orders-kind-domestic-violence-protection = ਘਰੇਲੂ ਹਿੰਸਾ ਤੋਂ ਸੁਰੱਖਿਆ ਦਾ ਹੁਕਮ (Domestic Violence Protection Order)
people-orders-kind-bail = ਜ਼ਮਾਨਤ ਦੀਆਂ ਸ਼ਰਤਾਂ (bail conditions)
people-orders-kind-other = ਕੋਈ ਹੋਰ ਹੁਕਮ ਜਾਂ ਸ਼ਰਤ
people-orders-title-with-reference = { $kind }, { $reference }

## ਯਾਦ-ਦਹਾਨੀਆਂ

people-orders-reminder-soon = { $title }: ਇਸ ਦੀ ਮਿਆਦ { $days ->
        [one] { $days } ਦਿਨ
       *[other] { $days } ਦਿਨਾਂ
    } ਵਿੱਚ, { $date } ਨੂੰ ਖ਼ਤਮ ਹੋ ਰਹੀ ਹੈ। ਜੇ ਇਸ ਨੂੰ ਜਾਰੀ ਰੱਖਣ ਦੀ ਲੋੜ ਹੈ, ਤਾਂ ਹੁਣੇ { $who ->
        [officer] ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਜਾਂ ਆਪਣੇ ਕੇਸ ਦੇ ਪੁਲਿਸ ਅਫ਼ਸਰ
       *[other] ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਜਾਂ ਵਕੀਲ
    } ਨਾਲ ਗੱਲ ਕਰੋ।
people-orders-reminder-tomorrow = { $title }: ਇਸ ਦੀ ਮਿਆਦ ਕੱਲ੍ਹ, { $date } ਨੂੰ ਖ਼ਤਮ ਹੋ ਰਹੀ ਹੈ। ਜੇ ਇਸ ਨੂੰ ਜਾਰੀ ਰੱਖਣ ਦੀ ਲੋੜ ਹੈ, ਤਾਂ ਅੱਜ ਹੀ { $who ->
        [officer] ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਜਾਂ ਆਪਣੇ ਕੇਸ ਦੇ ਪੁਲਿਸ ਅਫ਼ਸਰ
       *[other] ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਜਾਂ ਵਕੀਲ
    } ਨਾਲ ਗੱਲ ਕਰੋ।
people-orders-reminder-today = { $title }: ਇਸ ਦੀ ਮਿਆਦ ਅੱਜ, { $date } ਨੂੰ ਖ਼ਤਮ ਹੋ ਰਹੀ ਹੈ।
people-orders-reminder-ended = { $title }: ਇਸ ਦੀ ਮਿਆਦ { $date } ਨੂੰ ਖ਼ਤਮ ਹੋ ਗਈ। ਜੇ ਇਸ ਨੂੰ ਨਵਿਆਇਆ ਗਿਆ ਹੈ, ਤਾਂ ਇਸ ਦੀ ਖ਼ਤਮ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਬਦਲੋ ਤਾਂ ਜੋ ਯਾਦ-ਦਹਾਨੀ ਬੰਦ ਹੋ ਜਾਵੇ।

## ਸਕਰੀਨ

people-orders-heading = ਲੋਕ ਅਤੇ ਹੁਕਮ
people-orders-lead = ਕੌਣ ਨੁਕਸਾਨ ਪਹੁੰਚਾ ਰਿਹਾ ਹੈ, ਅਤੇ ਉਸ ਵਿਅਕਤੀ ਉੱਤੇ ਲਾਗੂ ਕੋਈ ਵੀ ਹੁਕਮ ਜਾਂ ਸ਼ਰਤਾਂ। ਫਿਰ ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਦੀਆਂ ਐਂਟਰੀਆਂ ਵਿੱਚ ਦੱਸਿਆ ਜਾ ਸਕਦਾ ਹੈ ਕਿ ਇਹ ਕਿਸ ਨੇ ਕੀਤਾ, ਅਤੇ ਕਿਹੜੀ ਸ਼ਰਤ ਤੋੜੀ ਗਈ। ਇੱਥੋਂ ਕੁਝ ਵੀ ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦਾ, ਜਦ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਰਿਪੋਰਟ ਲਈ ਨਾ ਚੁਣੋ।
people-orders-people-heading = ਇਹ ਕੌਣ ਹੈ
people-orders-orders-heading = ਹੁਕਮ ਅਤੇ ਸ਼ਰਤਾਂ
people-orders-load-failed = ਇਹ ਇਸ ਵੇਲੇ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
people-orders-not-listed = ਇੱਥੇ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ

## ਕਾਰਡ ਦੇ ਬਟਨ, ਅਤੇ ਹਟਾਉਣਾ

people-orders-change = ਬਦਲੋ
people-orders-change-label = { $name } ਨੂੰ ਬਦਲੋ
people-orders-remove = ਹਟਾਓ
people-orders-remove-label = { $name } ਨੂੰ ਹਟਾਓ
people-orders-remove-yes = ਹਾਂ, ਹਟਾਓ
people-orders-remove-keep = ਰਹਿਣ ਦਿਓ
people-orders-remove-failed = ਇਸ ਨੂੰ ਇਸ ਵੇਲੇ ਹਟਾਇਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।
people-orders-removed = { $name } ਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।
people-orders-person-remove-question = { $name } ਨੂੰ ਹਟਾਉਣਾ ਹੈ? ਜਿਨ੍ਹਾਂ ਐਂਟਰੀਆਂ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦਾ ਨਾਮ ਹੈ, ਉਨ੍ਹਾਂ ਵਿੱਚ ਉਹੀ ਨਾਮ ਰਹੇਗਾ ਜੋ ਲਿਖਣ ਵੇਲੇ ਸੀ।
people-orders-person-remove-orders = { $count ->
        [one] ਉਨ੍ਹਾਂ ਦੇ ਵਿਰੁੱਧ ਇੱਕ ਹੁਕਮ ਦਰਜ ਹੈ: ਉਹ ਰਹੇਗਾ, ਪਰ ਉਨ੍ਹਾਂ ਦੇ ਨਾਮ ਤੋਂ ਬਿਨਾਂ।
       *[other] ਉਨ੍ਹਾਂ ਦੇ ਵਿਰੁੱਧ { $count } ਹੁਕਮ ਦਰਜ ਹਨ: ਉਹ ਰਹਿਣਗੇ, ਪਰ ਉਨ੍ਹਾਂ ਦੇ ਨਾਮ ਤੋਂ ਬਿਨਾਂ।
    }
people-orders-order-remove-question = { $title } ਨੂੰ ਹਟਾਉਣਾ ਹੈ?

## ਵਿਅਕਤੀ ਦਾ ਕਾਰਡ

people-orders-fact-aliases = ਹੋਰ ਨਾਮ
people-orders-fact-relationship = ਉਨ੍ਹਾਂ ਨਾਲ ਤੁਹਾਡਾ ਸੰਬੰਧ
people-orders-fact-description = ਉਨ੍ਹਾਂ ਦਾ ਹੁਲੀਆ
people-orders-fact-vehicles = ਵਾਹਨ
people-orders-fact-addresses = ਪਤੇ
people-orders-fact-workplaces = ਕੰਮ ਦੀਆਂ ਥਾਵਾਂ
people-orders-fact-social-media = ਸੋਸ਼ਲ ਮੀਡੀਆ
people-orders-photo-label = ਫ਼ੋਟੋ:

## ਵਿਅਕਤੀ ਨੂੰ ਜੋੜਨਾ ਜਾਂ ਬਦਲਣਾ

people-orders-add-person-heading = ਕੋਈ ਵਿਅਕਤੀ ਜੋੜੋ
people-orders-field-name = ਨਾਮ, ਜਾਂ ਉਨ੍ਹਾਂ ਦੀ ਕੋਈ ਪਛਾਣ
people-orders-field-aliases = ਉਨ੍ਹਾਂ ਦੇ ਹੋਰ ਨਾਮ (ਹਰ ਲਾਈਨ 'ਤੇ ਇੱਕ)
people-orders-field-relationship = ਉਨ੍ਹਾਂ ਨਾਲ ਤੁਹਾਡਾ ਸੰਬੰਧ
people-orders-field-relationship-hint = ਉਦਾਹਰਨ ਲਈ: ਸਾਬਕਾ ਸਾਥੀ, ਗੁਆਂਢੀ, ਕੋਈ ਅਜਨਬੀ
people-orders-field-description = ਉਨ੍ਹਾਂ ਦਾ ਹੁਲੀਆ
people-orders-field-vehicles = ਵਾਹਨ ਅਤੇ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਨੰਬਰ (ਹਰ ਲਾਈਨ 'ਤੇ ਇੱਕ)
people-orders-field-addresses = ਪਤੇ (ਹਰ ਲਾਈਨ 'ਤੇ ਇੱਕ)
people-orders-field-workplaces = ਕੰਮ ਦੀਆਂ ਥਾਵਾਂ (ਹਰ ਲਾਈਨ 'ਤੇ ਇੱਕ)
people-orders-field-social-media = ਸੋਸ਼ਲ ਮੀਡੀਆ ਖਾਤੇ (ਹਰ ਲਾਈਨ 'ਤੇ ਇੱਕ)
people-orders-field-photo = ਉਨ੍ਹਾਂ ਦੀ ਫ਼ੋਟੋ (ਚੋਣਵੀਂ)
people-orders-photo-kept = ਇੱਕ ਫ਼ੋਟੋ ਰੱਖੀ ਹੋਈ ਹੈ।
people-orders-photo-drop = ਫ਼ੋਟੋ ਹਟਾਓ
people-orders-photo-adding = ਫ਼ੋਟੋ ਜੋੜੀ ਜਾ ਰਹੀ ਹੈ…
people-orders-photo-ready-file = ਫ਼ੋਟੋ ਤਿਆਰ ਹੈ: { $file }। ਸੰਭਾਲਣ 'ਤੇ ਇਹ ਰੱਖ ਲਈ ਜਾਵੇਗੀ।
people-orders-photo-ready = ਇੱਕ ਫ਼ੋਟੋ ਤਿਆਰ ਹੈ। ਸੰਭਾਲਣ 'ਤੇ ਇਹ ਰੱਖ ਲਈ ਜਾਵੇਗੀ।
people-orders-photo-add-failed = ਫ਼ੋਟੋ ਜੋੜੀ ਨਹੀਂ ਜਾ ਸਕੀ।
people-orders-photo-none = ਕੋਈ ਫ਼ੋਟੋ ਨਹੀਂ।
people-orders-name-missing = ਕਿਰਪਾ ਕਰਕੇ ਕੋਈ ਨਾਮ ਲਿਖੋ, ਜਾਂ ਉਨ੍ਹਾਂ ਦੀ ਕੋਈ ਪਛਾਣ (ਜਿਵੇਂ “ਨੀਲੀ ਵੈਨ ਵਾਲਾ ਆਦਮੀ”)।
people-orders-add-person = ਇਹ ਵਿਅਕਤੀ ਜੋੜੋ

## ਫ਼ਾਰਮ ਸੰਭਾਲਣਾ

people-orders-save-changes = ਤਬਦੀਲੀਆਂ ਸੰਭਾਲੋ
people-orders-cancel = ਰੱਦ ਕਰੋ
people-orders-changes-saved = ਤਬਦੀਲੀਆਂ ਸੰਭਾਲੀਆਂ ਗਈਆਂ।
people-orders-added = { $name } ਨੂੰ ਜੋੜ ਦਿੱਤਾ ਗਿਆ।
people-orders-save-failed = ਇਹ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ; ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## ਖਰੜੇ

people-orders-draft-changes = { $name } ਵਿੱਚ ਤਬਦੀਲੀਆਂ
people-orders-draft-person = ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਵਾਲਾ ਵਿਅਕਤੀ
people-orders-draft-order = ਹੁਕਮ ਜਾਂ ਸ਼ਰਤਾਂ
people-orders-save-hint-changes = ਇਸ ਨੂੰ ਰੱਖਣ ਲਈ “ਤਬਦੀਲੀਆਂ ਸੰਭਾਲੋ” ਦਬਾਓ
people-orders-save-hint-person = ਇਸ ਨੂੰ ਰੱਖਣ ਲਈ “ਇਹ ਵਿਅਕਤੀ ਜੋੜੋ” ਦਬਾਓ
people-orders-save-hint-order = ਇਸ ਨੂੰ ਰੱਖਣ ਲਈ “ਇਹ ਹੁਕਮ ਜੋੜੋ” ਦਬਾਓ

## ਹੁਕਮ ਦਾ ਕਾਰਡ

people-orders-fact-against = ਕਿਸ ਦੇ ਵਿਰੁੱਧ
people-orders-fact-made-by = ਕਿਸ ਨੇ ਜਾਰੀ ਕੀਤਾ
people-orders-fact-made-on = ਜਾਰੀ ਹੋਣ ਦੀ ਤਾਰੀਖ਼
people-orders-fact-ends = ਸਮਾਪਤੀ
people-orders-fact-note = ਨੋਟ
people-orders-conditions-label = ਸ਼ਰਤਾਂ:
people-orders-no-conditions = ਅਜੇ ਕੋਈ ਸ਼ਰਤ ਨਹੀਂ ਲਿਖੀ ਗਈ।

## ਹੁਕਮ ਜੋੜਨਾ ਜਾਂ ਬਦਲਣਾ

people-orders-add-order-label = ਹੁਕਮ ਜੋੜੋ
people-orders-add-order-heading = ਹੁਕਮ ਜਾਂ ਸ਼ਰਤਾਂ ਜੋੜੋ
people-orders-field-kind = ਕਿਸ ਕਿਸਮ ਦਾ
people-orders-choose-kind = ਕਿਸਮ ਚੁਣੋ
people-orders-field-against = ਇਹ ਕਿਸ ਦੇ ਵਿਰੁੱਧ ਹੈ
people-orders-field-made-by = ਕਿਸ ਨੇ ਜਾਰੀ ਕੀਤਾ (ਅਦਾਲਤ ਜਾਂ ਪੁਲਿਸ ਫੋਰਸ)
people-orders-field-reference = ਹਵਾਲਾ ਨੰਬਰ
people-orders-field-made-on = ਜਾਰੀ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ (ਚੋਣਵੀਂ)
people-orders-field-ends-on = ਖ਼ਤਮ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ (ਚੋਣਵੀਂ)
people-orders-field-ends-on-hint = ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਚਾਰ ਹਫ਼ਤੇ ਪਹਿਲਾਂ ਤੁਹਾਨੂੰ ਇੱਥੇ, ਅਤੇ ਐਪ ਖੋਲ੍ਹਣ 'ਤੇ, ਯਾਦ ਕਰਵਾਇਆ ਜਾਵੇਗਾ।
people-orders-field-note = ਇਸ ਬਾਰੇ ਕੋਈ ਹੋਰ ਗੱਲ (ਚੋਣਵੀਂ)
people-orders-conditions-legend = ਹਰ ਸ਼ਰਤ ਵੱਖਰੀ ਲਾਈਨ 'ਤੇ, ਬਿਲਕੁਲ ਉਵੇਂ ਜਿਵੇਂ ਹੁਕਮ ਵਿੱਚ ਲਿਖੀ ਹੈ
people-orders-condition-label = ਸ਼ਰਤ { $number }
people-orders-condition-remove-label = ਸ਼ਰਤ { $number } ਹਟਾਓ
people-orders-condition-remove = ਹਟਾਓ
people-orders-condition-add = ਸ਼ਰਤ ਜੋੜੋ
people-orders-add-order = ਇਹ ਹੁਕਮ ਜੋੜੋ
people-orders-kind-missing = ਕਿਰਪਾ ਕਰਕੇ ਚੁਣੋ ਕਿ ਇਹ ਕਿਸ ਕਿਸਮ ਦਾ ਹੁਕਮ ਜਾਂ ਸ਼ਰਤ ਹੈ।
people-orders-date-incomplete = ਇਹ ਤਾਰੀਖ਼ ਪੂਰੀ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਦਿਨ, ਮਹੀਨਾ ਅਤੇ ਸਾਲ ਲਿਖੋ, ਜਾਂ ਇਸ ਨੂੰ ਖਾਲੀ ਛੱਡ ਦਿਓ।
people-orders-ends-before-made = ਇਸ ਦੀ ਖ਼ਤਮ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਜਾਰੀ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਤੋਂ ਪਹਿਲਾਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਤਾਰੀਖ਼ਾਂ ਜਾਂਚੋ।
people-orders-order-empty = ਕਿਰਪਾ ਕਰਕੇ ਘੱਟੋ-ਘੱਟ ਇਸ ਦਾ ਹਵਾਲਾ ਨੰਬਰ, ਇਹ ਕਿਸ ਦੇ ਵਿਰੁੱਧ ਹੈ, ਜਾਂ ਇੱਕ ਸ਼ਰਤ ਲਿਖੋ।
