# ਰੋਜ਼ਾਨਾ ਦੀ ਆਮ ਨੋਟਬੁੱਕ: ਕਿਸੇ ਵੀ ਆਮ ਨੋਟਬੁੱਕ ਵਰਗੇ ਸ਼ਬਦ, ਇਸ ਤੋਂ ਵੱਧ ਕੁਝ ਨਹੀਂ।

## ਪੱਟੀ ਅਤੇ ਪੰਨਿਆਂ ਦੀ ਸੂਚੀ

notebook-bar-title = ਨੋਟਬੁੱਕ
notebook-nav-label = ਨੋਟਬੁੱਕ
notebook-nav-pages = ਪੰਨੇ
notebook-nav-settings = ਸੈਟਿੰਗਾਂ
notebook-lock = ਲੌਕ ਕਰੋ
notebook-pages-heading = ਪੰਨੇ
notebook-list-label = ਤੁਹਾਡੇ ਪੰਨੇ
notebook-new-page = ਨਵਾਂ ਪੰਨਾ
notebook-empty = ਅਜੇ ਕੋਈ ਪੰਨਾ ਨਹੀਂ।
notebook-untitled = ਬਿਨਾਂ ਸਿਰਲੇਖ
notebook-load-failed = ਤੁਹਾਡੇ ਪੰਨੇ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
notebook-deleted = ਪੰਨਾ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।

## ਇੱਕ ਪੰਨਾ

notebook-new-page-heading = ਨਵਾਂ ਪੰਨਾ
notebook-title-label = ਸਿਰਲੇਖ
notebook-body-label = ਲਿਖਤ
notebook-save = ਸੰਭਾਲੋ
notebook-saved = ਸੰਭਾਲਿਆ ਗਿਆ।
notebook-nothing-to-save = ਅਜੇ ਸੰਭਾਲਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ। ਪਹਿਲਾਂ ਕੋਈ ਸਿਰਲੇਖ ਜਾਂ ਕੁਝ ਲਿਖਤ ਲਿਖੋ।
notebook-save-failed = ਪੰਨਾ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
notebook-back = ਪੰਨਿਆਂ 'ਤੇ ਵਾਪਸ ਜਾਓ
notebook-leave-question = ਆਪਣੀਆਂ ਤਬਦੀਲੀਆਂ ਸੰਭਾਲੇ ਬਿਨਾਂ ਇਹ ਪੰਨਾ ਛੱਡਣਾ ਹੈ?
notebook-leave-yes = ਸੰਭਾਲੇ ਬਿਨਾਂ ਛੱਡੋ
notebook-leave-no = ਲਿਖਦੇ ਰਹੋ
notebook-delete = ਮਿਟਾਓ
notebook-delete-question = ਇਹ ਪੰਨਾ ਮਿਟਾਉਣਾ ਹੈ? ਇਸ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ।
notebook-delete-yes = ਹਾਂ, ਮਿਟਾਓ
notebook-delete-no = ਰਹਿਣ ਦਿਓ
notebook-delete-failed = ਪੰਨਾ ਮਿਟਾਇਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ।
# ਤਾਰੀਖ਼ ਅਤੇ ਸਮੇਂ ਤੋਂ ਪਹਿਲਾਂ: “ਆਖਰੀ ਤਬਦੀਲੀ: …”
notebook-changed-prefix = ਆਖਰੀ ਤਬਦੀਲੀ:

## ਸੈਟਿੰਗਾਂ: ਸਿਰਫ਼ PIN

notebook-settings-heading = ਸੈਟਿੰਗਾਂ
notebook-settings-lead = ਉਹ PIN ਜੋ ਤੁਹਾਡੀ ਨੋਟਬੁੱਕ ਖੋਲ੍ਹਦਾ ਹੈ।
notebook-change-pin-heading = PIN ਬਦਲੋ
notebook-current-pin = ਤੁਹਾਡਾ ਮੌਜੂਦਾ PIN
notebook-new-pin = ਨਵਾਂ PIN
notebook-pin-hint = { $min } ਤੋਂ { $max } ਅੰਕ। ਅਜਿਹੀਆਂ ਤਾਰੀਖ਼ਾਂ ਜਾਂ ਨੰਬਰਾਂ ਤੋਂ ਬਚੋ ਜਿਨ੍ਹਾਂ ਦਾ ਦੂਜੇ ਅੰਦਾਜ਼ਾ ਲਗਾ ਸਕਣ।
notebook-new-pin-again = ਨਵਾਂ PIN ਦੁਬਾਰਾ ਲਿਖੋ
notebook-change-pin = PIN ਬਦਲੋ
notebook-need-current-pin = ਕਿਰਪਾ ਕਰਕੇ ਪਹਿਲਾਂ ਆਪਣਾ ਮੌਜੂਦਾ PIN ਲਿਖੋ।
notebook-pin-changed = ਤੁਹਾਡਾ PIN ਬਦਲ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਹੁਣ ਤੋਂ, ਆਪਣੀ ਨੋਟਬੁੱਕ ਖੋਲ੍ਹਣ ਲਈ ਨਵਾਂ PIN ਵਰਤੋ।
notebook-pin-change-failed = ਤੁਹਾਡਾ PIN ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਤੁਹਾਡਾ ਪੁਰਾਣਾ PIN ਅਜੇ ਵੀ ਕੰਮ ਕਰਦਾ ਹੈ।
notebook-pin-not-usable = ਉਹ PIN ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਕੋਈ ਹੋਰ ਚੁਣੋ।
notebook-changing = ਬਦਲਿਆ ਜਾ ਰਿਹਾ ਹੈ…
