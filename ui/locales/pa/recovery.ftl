# A new PIN after opening with the recovery key.

recovery-title = ਨਵਾਂ PIN ਚੁਣੋ
recovery-intro = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਕੁੰਜੀ ਨੇ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਖੋਲ੍ਹ ਦਿੱਤੀ ਹੈ। ਉਹ PIN ਚੁਣੋ ਜੋ ਹੁਣ ਤੋਂ ਵਰਤਿਆ ਜਾਵੇਗਾ।
recovery-new-pin-label = ਨਵਾਂ PIN
recovery-new-pin-again-label = ਨਵਾਂ PIN ਦੁਬਾਰਾ ਟਾਈਪ ਕਰੋ
recovery-save = ਨਵਾਂ PIN ਸੇਵ ਕਰੋ
recovery-saving = ਸੇਵ ਹੋ ਰਿਹਾ ਹੈ…
recovery-save-failed = ਨਵਾਂ PIN ਸੇਵ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Saved.
recovery-saved-title = ਨਵਾਂ PIN ਸੇਵ ਹੋ ਗਿਆ
recovery-saved = ਤੁਹਾਡਾ ਨਵਾਂ PIN ਸੇਵ ਹੋ ਗਿਆ ਹੈ। ਹੁਣ ਤੋਂ ਇਹੀ ਵਰਤੋ। ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਕੁੰਜੀ ਅਜੇ ਵੀ ਕੰਮ ਕਰਦੀ ਹੈ; ਇਸਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖੋ।
recovery-saved-second-pin-off = ਤੁਹਾਡਾ ਨਵਾਂ PIN ਸੇਵ ਹੋ ਗਿਆ ਹੈ। ਤੁਹਾਡਾ ਦੂਜਾ PIN ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ, ਕਿਉਂਕਿ ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਉਹ ਕੁੰਜੀ ਗੁਆਚ ਗਈ ਜਿਸਦੀ ਇਸਨੂੰ ਲੋੜ ਸੀ। ਜੇ ਦੂਜਾ PIN ਵਰਤਣਾ ਹੋਵੇ, ਤਾਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਨਵਾਂ ਸੈੱਟ ਕਰੋ।
recovery-continue = ਜਾਰੀ ਰੱਖੋ
