# First-run setup, and the recovery key shown once after it.

setup-title = ਸੈੱਟ ਅੱਪ
setup-explainer-label = ਇਹ ਕਿਸ ਚੀਜ਼ ਤੋਂ ਬਚਾਉਂਦਾ ਹੈ ਅਤੇ ਕਿਸ ਤੋਂ ਨਹੀਂ ਬਚਾ ਸਕਦਾ
setup-explainer-locked = ਇੱਥੇ ਰੱਖੀ ਹਰ ਚੀਜ਼ ਤੁਹਾਡੇ PIN ਨਾਲ ਲੌਕ ਹੁੰਦੀ ਹੈ ਅਤੇ ਇਸੇ ਕੰਪਿਊਟਰ 'ਤੇ ਰਹਿੰਦੀ ਹੈ।
setup-explainer-opens = ਜੋ ਕੋਈ ਐਪ ਖੋਲ੍ਹਦਾ ਹੈ, ਉਸਨੂੰ ਕੈਲਕੁਲੇਟਰ ਦਿਸਦਾ ਹੈ, ਜਦ ਤੱਕ ਉਸਨੂੰ ਤੁਹਾਡਾ PIN ਪਤਾ ਨਾ ਹੋਵੇ।
setup-explainer-copies = ਜੋ ਕੋਈ ਫ਼ਾਈਲਾਂ ਕਾਪੀ ਕਰਦਾ ਹੈ, ਉਹ ਉਹਨਾਂ ਨੂੰ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦਾ।
setup-explainer-spyware = ਇਹ ਤੁਹਾਨੂੰ ਇਸ ਕੰਪਿਊਟਰ 'ਤੇ ਜਾਸੂਸੀ ਸਾਫ਼ਟਵੇਅਰ (spyware) ਤੋਂ ਜਾਂ ਤੁਹਾਡੀ ਸਕ੍ਰੀਨ ਦੇਖ ਰਹੇ ਕਿਸੇ ਵਿਅਕਤੀ ਤੋਂ ਨਹੀਂ ਬਚਾ ਸਕਦਾ।
setup-explainer-monitored = ਜੇ ਇਸ ਕੰਪਿਊਟਰ ਦੀ ਨਿਗਰਾਨੀ ਹੋ ਰਹੀ ਹੋ ਸਕਦੀ ਹੈ, ਤਾਂ ਯੋਜਨਾ ਬਣਾਉਣ ਲਈ ਕੋਈ ਵਧੇਰੇ ਸੁਰੱਖਿਅਤ ਡਿਵਾਈਸ ਬਿਹਤਰ ਹੋ ਸਕਦੀ ਹੈ।

## The form.
setup-pin-label = PIN ਚੁਣੋ
setup-pin-again-label = PIN ਦੁਬਾਰਾ ਟਾਈਪ ਕਰੋ
setup-second-pin-label = ਦੂਜਾ PIN (ਲਾਜ਼ਮੀ ਨਹੀਂ)
# $min, $max (Number) - the fewest and most digits a PIN may have.
setup-second-pin-hint = ਜੇ ਕੋਈ ਤੁਹਾਨੂੰ ਇਹ ਖੋਲ੍ਹਣ ਲਈ ਮਜਬੂਰ ਕਰੇ, ਤਾਂ ਇਸਦੀ ਬਜਾਏ ਇਹ PIN ਟਾਈਪ ਕਰੋ। ਇਹ ਇੱਕ ਆਮ ਰੋਜ਼ਾਨਾ ਨੋਟਬੁੱਕ ਖੋਲ੍ਹਦਾ ਹੈ ਜਿਸ ਵਿੱਚ ਤੁਹਾਡੀ ਕੋਈ ਅਸਲ ਜਾਣਕਾਰੀ ਨਹੀਂ ਹੁੰਦੀ (ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਇਹ ਬਦਲਿਆ ਜਾ ਸਕਦਾ ਹੈ)। { $min } ਤੋਂ { $max } ਅੰਕ, ਤੁਹਾਡੇ ਮੁੱਖ PIN ਤੋਂ ਵੱਖਰਾ। ਛੱਡਣ ਲਈ ਖ਼ਾਲੀ ਰਹਿਣ ਦਿਓ; ਇਹ ਬਾਅਦ ਵਿੱਚ ਵੀ ਜੋੜਿਆ ਜਾ ਸਕਦਾ ਹੈ। ਸੈੱਟ ਹੋਣ ਤੋਂ ਬਾਅਦ, ਇਸਨੂੰ ਉਸੇ PIN ਨਾਲ ਖੋਲ੍ਹੋ, ਕੋਈ ਵੀ ਸਫ਼ਾ ਜੋ ਤੁਹਾਡੀ ਜ਼ਿੰਦਗੀ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ ਮਿਟਾ ਦਿਓ, ਅਤੇ ਆਪਣਾ ਇੱਕ ਸਫ਼ਾ ਜੋੜੋ।
setup-second-pin-digits = ਦੂਜੇ PIN ਵਿੱਚ ਵੀ { $min } ਤੋਂ { $max } ਅੰਕ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ, ਬਿਨਾਂ ਖ਼ਾਲੀ ਥਾਂ ਜਾਂ ਅੱਖਰਾਂ ਦੇ।
setup-shortcut-label = ਜਲਦੀ ਲੁਕਾਉਣ ਵਾਲੀਆਂ ਕੀਜ਼
setup-shortcut-hint = ਇਹਨਾਂ ਨੂੰ ਕਿਤੇ ਵੀ ਦਬਾਉਣ ਨਾਲ ਇਹ ਤੁਰੰਤ ਲੁਕ ਜਾਂਦਾ ਹੈ ਅਤੇ ਲੌਕ ਹੋ ਜਾਂਦਾ ਹੈ। Shift ਤਿੰਨ ਵਾਰ ਦਬਾਉਣਾ ਵੀ ਕੰਮ ਕਰਦਾ ਹੈ।
setup-look-legend = ਬੰਦ ਹੋਣ 'ਤੇ ਇਹ ਕਿਹੋ ਜਿਹਾ ਦਿਸਦਾ ਹੈ
setup-look-calculator = ਕੈਲਕੁਲੇਟਰ
setup-look-notes = ਨੋਟਸ ਪੈਡ
setup-restore-instead = ਇਸਦੀ ਬਜਾਏ ਬੈਕਅੱਪ ਤੋਂ ਬਹਾਲ ਕਰੋ
setup-start-empty-instead = ਇਸਦੀ ਬਜਾਏ ਖ਼ਾਲੀ ਸ਼ੁਰੂ ਕਰੋ
setup-restore-title = ਬੈਕਅੱਪ ਲਿਆਓ
setup-restore-text = ਆਪਣਾ PIN ਚੁਣਨ ਤੋਂ ਬਾਅਦ, ਬੈਕਅੱਪ ਫ਼ਾਈਲ ਚੁਣਨੀ ਹੋਵੇਗੀ। ਪਹਿਲਾਂ ਇਸਦੀ ਪੂਰੀ ਜਾਂਚ ਕੀਤੀ ਜਾਂਦੀ ਹੈ; ਜੇ ਇਸ ਵਿੱਚ ਕੁਝ ਵੀ ਗ਼ਲਤ ਹੋਵੇ, ਤਾਂ ਕੁਝ ਵੀ ਸੈੱਟ ਅੱਪ ਨਹੀਂ ਹੁੰਦਾ।
setup-not-now = ਹੁਣੇ ਨਹੀਂ
setup-submit = ਸੈੱਟ ਅੱਪ ਕਰੋ
setup-submit-restore = ਸੈੱਟ ਅੱਪ ਕਰੋ ਅਤੇ ਬੈਕਅੱਪ ਚੁਣੋ…
setup-working = ਸੈੱਟ ਅੱਪ ਹੋ ਰਿਹਾ ਹੈ…

## What went wrong, or how a restore went.
setup-no-backup-chosen = ਕੋਈ ਬੈਕਅੱਪ ਨਹੀਂ ਚੁਣਿਆ ਗਿਆ, ਇਸ ਲਈ ਅਜੇ ਕੁਝ ਵੀ ਸੈੱਟ ਅੱਪ ਨਹੀਂ ਹੋਇਆ।
setup-restored = ਬੈਕਅੱਪ ਦੀ ਹਰ ਚੀਜ਼ ਇੱਥੇ ਹੈ। ਇਹ ਤੁਹਾਡੀ ਨਵੀਂ ਰਿਕਵਰੀ ਕੁੰਜੀ ਹੈ; ਬੈਕਅੱਪ ਦੀ ਪੁਰਾਣੀ ਕੁੰਜੀ ਇਸਨੂੰ ਨਹੀਂ ਖੋਲ੍ਹਦੀ।
setup-not-restored = ਤੁਹਾਡੀ ਥਾਂ ਸੈੱਟ ਅੱਪ ਹੋ ਗਈ ਹੈ, ਪਰ ਬੈਕਅੱਪ ਨਹੀਂ ਲਿਆਂਦਾ ਜਾ ਸਕਿਆ। ਸੈਟਿੰਗਾਂ ਤੋਂ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ ਜਾ ਸਕਦੀ ਹੈ।
setup-failed-nothing-set-up = ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਕੁਝ ਵੀ ਸੈੱਟ ਅੱਪ ਨਹੀਂ ਹੋਇਆ।
setup-failed = ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## The recovery key.
setup-key-title = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਕੁੰਜੀ
setup-key-unseen = ਰਿਕਵਰੀ ਕੁੰਜੀ ਲਿਖ ਲੈਣ ਦੀ ਪੁਸ਼ਟੀ ਤੋਂ ਪਹਿਲਾਂ ਐਪ ਬੰਦ ਹੋ ਗਈ ਸੀ, ਇਸ ਲਈ ਇਹ ਦੁਬਾਰਾ ਦਿਖਾਈ ਜਾ ਰਹੀ ਹੈ।
setup-key-explain = ਜੇ ਤੁਸੀਂ ਆਪਣਾ PIN ਭੁੱਲ ਜਾਓ, ਤਾਂ ਇਹ ਕੁੰਜੀ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਖੋਲ੍ਹਦੀ ਹੈ। ਇਸਨੂੰ ਕਾਗ਼ਜ਼ 'ਤੇ ਲਿਖੋ ਅਤੇ ਇਸ ਕੰਪਿਊਟਰ ਤੋਂ ਦੂਰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ 'ਤੇ ਰੱਖੋ। ਇਹ ਦੱਸਣ ਤੋਂ ਬਾਅਦ ਕਿ ਇਹ ਲਿਖ ਲਈ ਗਈ ਹੈ, ਇਹ ਦੁਬਾਰਾ ਨਹੀਂ ਦਿਖਾਈ ਜਾਵੇਗੀ।
# $digits (String) - the key read digit by digit, its groups separated by commas.
setup-key-spoken = ਰਿਕਵਰੀ ਕੁੰਜੀ: { $digits }।
setup-key-written-down = ਮੈਂ ਇਸਨੂੰ ਲਿਖ ਲਿਆ ਹੈ
setup-key-later = ਹੁਣੇ ਨਹੀਂ: ਅਗਲੀ ਵਾਰ ਦਿਖਾਓ
setup-key-question = ਕੀ ਸਾਰੇ 40 ਅੰਕ ਲਿਖ ਲਏ ਗਏ ਹਨ? ਇਹ ਦੁਬਾਰਾ ਨਹੀਂ ਦਿਖਾਏ ਜਾਣਗੇ।
setup-key-yes = ਹਾਂ, ਲਿਖ ਲਏ ਹਨ
setup-key-back = ਅਜੇ ਨਹੀਂ, ਮੈਨੂੰ ਕੁੰਜੀ ਦਿਖਾਓ

## How to use the key, on the disguise chosen.
setup-how-title-notes = ਇਸਨੂੰ ਕਿਵੇਂ ਵਰਤਣਾ ਹੈ — ਜੇ ਤੁਸੀਂ ਆਪਣਾ PIN ਭੁੱਲ ਜਾਓ, ਜਾਂ ਤੁਹਾਡਾ PIN ਕੰਮ ਕਰਨਾ ਬੰਦ ਕਰ ਦੇਵੇ:
# $error (String) - what the calculator's display shows on an error (disguise-error).
setup-how-title-calculator = ਇਸਨੂੰ ਕਿਵੇਂ ਵਰਤਣਾ ਹੈ — ਜੇ ਤੁਸੀਂ ਆਪਣਾ PIN ਭੁੱਲ ਜਾਓ, ਜਾਂ PIN ਟਾਈਪ ਕਰਨ 'ਤੇ ਕੈਲਕੁਲੇਟਰ { $error } ਦਿਖਾਵੇ:
setup-how-notes-type = ਨੋਟਸ ਪੈਡ 'ਤੇ, 40 ਅੰਕ ਇੱਕ ਵੱਖਰੀ ਲਾਈਨ 'ਤੇ ਟਾਈਪ ਕਰੋ। ਖ਼ਾਲੀ ਥਾਵਾਂ ਰਹਿਣ ਦਿਓ ਜਾਂ ਹਟਾ ਦਿਓ, ਦੋਵੇਂ ਠੀਕ ਹਨ।
setup-how-notes-enter = Enter ਦਬਾਓ।
setup-how-calculator-type = ਕੈਲਕੁਲੇਟਰ 'ਤੇ 40 ਅੰਕ ਟਾਈਪ ਕਰੋ। ਖ਼ਾਲੀ ਥਾਵਾਂ ਦੀ ਲੋੜ ਨਹੀਂ। ਸਕ੍ਰੀਨ ਸਿਰਫ਼ ਪਹਿਲੇ 12 ਅੰਕ ਦਿਖਾਉਂਦੀ ਹੈ; ਟਾਈਪ ਕਰਦੇ ਰਹੋ।
setup-how-calculator-equals = = ਦਬਾਓ।
setup-how-new-pin = ਨਵਾਂ PIN ਚੁਣੋ।
setup-how-mistake-notes = ਜੇ ਕੋਈ ਗ਼ਲਤੀ ਹੋ ਜਾਵੇ, ਤਾਂ ਨਵੀਂ ਲਾਈਨ 'ਤੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।
setup-how-mistake-calculator = ਜੇ ਕੋਈ ਗ਼ਲਤੀ ਹੋ ਜਾਵੇ, ਤਾਂ Esc ਦਬਾਓ ਅਤੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।
setup-how-wait = ਕਈ ਗ਼ਲਤ PIN ਤੋਂ ਬਾਅਦ ਇਹ ਖੁੱਲ੍ਹਣ ਤੋਂ ਪਹਿਲਾਂ ਕੁਝ ਮਿੰਟ ਉਡੀਕ ਕਰਦਾ ਹੈ। ਜੇ ਲੱਗੇ ਕਿ ਤੁਹਾਡਾ PIN ਕੁਝ ਨਹੀਂ ਕਰ ਰਿਹਾ, ਤਾਂ ਉਡੀਕ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
