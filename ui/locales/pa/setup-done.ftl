# Said once when setup has finished: how to come back, and how to hide the app fast.

setup-done-calculator = ਸੈੱਟ ਅੱਪ ਪੂਰਾ ਹੋ ਗਿਆ ਹੈ। ਵਾਪਸ ਆਉਣ ਲਈ: ਕੈਲਕੁਲੇਟਰ 'ਤੇ ਆਪਣਾ PIN ਟਾਈਪ ਕਰੋ, ਫਿਰ = ਦਬਾਓ। ਇਸਨੂੰ ਜਲਦੀ ਲੁਕਾਉਣ ਲਈ: Shift ਤਿੰਨ ਵਾਰ ਦਬਾਓ ਜਾਂ ਫ਼ੌਰਨ ਬਾਹਰ ਨਿਕਲੋ ਬਟਨ ਵਰਤੋ।
setup-done-notes = ਸੈੱਟ ਅੱਪ ਪੂਰਾ ਹੋ ਗਿਆ ਹੈ। ਵਾਪਸ ਆਉਣ ਲਈ: ਆਪਣਾ PIN ਇੱਕ ਵੱਖਰੀ ਲਾਈਨ 'ਤੇ ਟਾਈਪ ਕਰੋ ਅਤੇ Enter ਦਬਾਓ। ਇਸਨੂੰ ਜਲਦੀ ਲੁਕਾਉਣ ਲਈ: Shift ਤਿੰਨ ਵਾਰ ਦਬਾਓ ਜਾਂ ਫ਼ੌਰਨ ਬਾਹਰ ਨਿਕਲੋ ਬਟਨ ਵਰਤੋ।
