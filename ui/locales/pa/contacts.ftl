# Trusted contacts (screens/contacts.ts). $name is a contact's name (or contacts-unnamed).

## The list

contacts-title = ਭਰੋਸੇਯੋਗ ਸੰਪਰਕ
contacts-lead = ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ 'ਤੇ ਤੁਹਾਨੂੰ ਭਰੋਸਾ ਹੈ, ਅਤੇ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਵਿੱਚ ਰਹਿਣ ਦਾ ਤੈਅ ਕੀਤਾ ਤਰੀਕਾ।
contacts-list-label = ਤੁਹਾਡੇ ਭਰੋਸੇਯੋਗ ਸੰਪਰਕ
contacts-none = ਅਜੇ ਕੋਈ ਸੰਪਰਕ ਨਹੀਂ।
contacts-load-failed = ਤੁਹਾਡੇ ਸੰਪਰਕ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ।
contacts-unnamed = ਇਹ ਸੰਪਰਕ
contacts-edit = ਸੋਧੋ
contacts-edit-label = { $name } ਨੂੰ ਸੋਧੋ
contacts-delete = ਮਿਟਾਓ
contacts-delete-label = { $name } ਨੂੰ ਮਿਟਾਓ
contacts-delete-question = ਕੀ { $name } ਨੂੰ ਮਿਟਾਉਣਾ ਹੈ? ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦਾ ਜਾ ਸਕਦਾ।
contacts-delete-yes = ਹਾਂ, ਮਿਟਾਓ
contacts-keep = ਰਹਿਣ ਦਿਓ
contacts-delete-failed = { $name } ਨੂੰ ਮਿਟਾਇਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
contacts-removed = { $name } ਨੂੰ ਤੁਹਾਡੇ ਸੰਪਰਕਾਂ ਵਿੱਚੋਂ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।

## A contact's card

contacts-row-reach = ਸੰਪਰਕ ਦਾ ਤਰੀਕਾ
contacts-row-code-word = ਕੋਡ ਸ਼ਬਦ
contacts-row-knows = ਉਹਨਾਂ ਨੂੰ ਕੀ ਪਤਾ ਹੈ
contacts-row-check-in = ਹਾਲ-ਚਾਲ ਪੁੱਛਣ ਦਾ ਤਰੀਕਾ
contacts-row-safe-times = ਸੁਰੱਖਿਅਤ ਸਮੇਂ
contacts-row-emergency = ਐਮਰਜੈਂਸੀ ਵਿੱਚ
contacts-may-call = ਫ਼ੋਨ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ
contacts-do-not-call = ਕਿਰਪਾ ਕਰਕੇ ਫ਼ੋਨ ਨਾ ਕਰੋ

## The form

contacts-add-title = ਸੰਪਰਕ ਜੋੜੋ
contacts-change-title = { $name } ਦੇ ਵੇਰਵੇ ਬਦਲੋ
contacts-field-name = ਨਾਮ
contacts-field-relationship = ਉਹ ਤੁਹਾਡੇ ਕੀ ਲੱਗਦੇ ਹਨ
contacts-field-reach = ਉਹਨਾਂ ਤੱਕ ਕਿਵੇਂ ਪਹੁੰਚਣਾ ਹੈ
contacts-field-code-word = ਕੋਡ ਸ਼ਬਦ
contacts-field-code-word-hint = ਇੱਕ ਸ਼ਬਦ ਜਿਸਦਾ ਤੁਹਾਡੇ ਦੋਵਾਂ ਵਿਚਕਾਰ ਮਤਲਬ ਹੈ 'ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ'।
contacts-field-knows = ਉਹਨਾਂ ਨੂੰ ਕੀ ਪਤਾ ਹੈ
contacts-field-check-in = ਹਾਲ-ਚਾਲ ਪੁੱਛਣ ਦਾ ਪ੍ਰਬੰਧ
contacts-field-safe-times = ਸੰਪਰਕ ਕਰਨ ਲਈ ਸੁਰੱਖਿਅਤ ਸਮੇਂ
contacts-field-emergency = ਐਮਰਜੈਂਸੀ ਵਿੱਚ ਫ਼ੋਨ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ
contacts-close = ਬੰਦ ਕਰੋ
contacts-close-label = ਸੰਭਾਲੇ ਬਿਨਾਂ ਬੰਦ ਕਰੋ; ਤਬਦੀਲੀਆਂ ਖਰੜੇ ਵਜੋਂ ਰੱਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ
contacts-save-changes = ਤਬਦੀਲੀਆਂ ਸੰਭਾਲੋ
contacts-save-contact = ਸੰਪਰਕ ਸੰਭਾਲੋ
contacts-save-failed = ਇਹ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
contacts-this-contact = ਇਹ ਸੰਪਰਕ
contacts-changes-draft = { $name } ਵਿੱਚ ਤਬਦੀਲੀਆਂ
contacts-new-draft = ਨਵਾਂ ਸੰਪਰਕ
contacts-save-changes-hint = ਇਸਨੂੰ ਰੱਖਣ ਲਈ "ਤਬਦੀਲੀਆਂ ਸੰਭਾਲੋ" ਦਬਾਓ
contacts-save-contact-hint = ਇਸਨੂੰ ਰੱਖਣ ਲਈ "ਸੰਪਰਕ ਸੰਭਾਲੋ" ਦਬਾਓ
