# The app's frame: the disguise's page (main.ts), the Quick exit bar, drafts, the case banner,
# incident kinds and messages made by the page itself.

## The disguise's page (before unlock): only the tool's own words.
app-disguise-calculator = ਕੈਲਕੁਲੇਟਰ
app-disguise-notes = ਨੋਟਸ
# $code (String) - the digits that open first-run setup ("0000").
app-first-run-calculator = ਪਹਿਲੀ ਵਾਰ ਵਰਤੋਂ? ਸੈੱਟ ਅੱਪ ਲਈ { $code } ਟਾਈਪ ਕਰੋ, ਫਿਰ = ਦਬਾਓ।
app-first-run-notes = ਪਹਿਲੀ ਵਾਰ ਵਰਤੋਂ? ਸੈੱਟ ਅੱਪ ਲਈ { $code } ਇੱਕ ਵੱਖਰੀ ਲਾਈਨ 'ਤੇ ਟਾਈਪ ਕਰੋ ਅਤੇ Enter ਦਬਾਓ।

## The bar over setup and a new PIN after the recovery key.
app-quick-exit = ਫ਼ੌਰਨ ਬਾਹਰ ਨਿਕਲੋ
app-quick-exit-label = ਫ਼ੌਰਨ ਬਾਹਰ ਨਿਕਲੋ: ਹੁਣੇ ਲੁਕਾਓ

## Shared bits.
app-updated-just-now = ਹੁਣੇ ਅੱਪਡੇਟ ਹੋਇਆ
app-closed = ਇਹ ਬੰਦ ਹੈ। ਜਾਰੀ ਰੱਖਣ ਲਈ ਇਸਨੂੰ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।
app-refused-during-switch = ਕੋਈ ਹੋਰ ਕੇਸ ਖੁੱਲ੍ਹ ਰਿਹਾ ਸੀ, ਇਸ ਲਈ ਉਹ ਤਬਦੀਲੀ ਸੇਵ ਨਹੀਂ ਹੋਈ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਤਬਦੀਲੀ ਦੁਬਾਰਾ ਕਰੋ।

## Incident kinds.
app-kind-following = ਪਿੱਛਾ ਕਰਨਾ
app-kind-loitering = ਨੇੜੇ-ਤੇੜੇ ਉਡੀਕਣਾ ਜਾਂ ਮੰਡਰਾਉਣਾ
app-kind-calls = ਫ਼ੋਨ ਕਾਲਾਂ
app-kind-messages = ਸੁਨੇਹੇ ਜਾਂ ਈਮੇਲਾਂ
app-kind-social-media = ਸੋਸ਼ਲ ਮੀਡੀਆ
app-kind-gifts-letters = ਤੋਹਫ਼ੇ ਜਾਂ ਚਿੱਠੀਆਂ
app-kind-damage = ਜਾਇਦਾਦ ਦਾ ਨੁਕਸਾਨ
app-kind-third-party-contact = ਦੂਜੇ ਲੋਕਾਂ ਰਾਹੀਂ ਸੰਪਰਕ
app-kind-tracking-account-access = ਟਰੈਕ ਕਰਨਾ ਜਾਂ ਖਾਤਿਆਂ ਵਿੱਚ ਦਾਖ਼ਲ ਹੋਣਾ
app-kind-threats = ਧਮਕੀਆਂ
app-kind-order-breach = ਅਦਾਲਤੀ ਹੁਕਮ ਦੀ ਉਲੰਘਣਾ
app-kind-other = ਕੁਝ ਹੋਰ

## An advocate's open case: the banner in the header.
app-case-caseload = ਕੇਸਾਂ ਦੀ ਸੂਚੀ
app-case-back-to-own-space = ਵਾਪਸ ਆਪਣੀ ਥਾਂ 'ਤੇ
app-case-close-failed = ਇਸ ਵੇਲੇ ਵਾਪਸ ਜਾਣਾ ਸੰਭਵ ਨਹੀਂ ਹੋਇਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Drafts: what was being written and is not saved yet.
app-draft-discarded = ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ।
# $label (String) - what the draft is, e.g. "A new incident".
app-draft-discard-label = ਮਿਟਾਓ: { $label }
app-draft-discard-it = ਇਸਨੂੰ ਮਿਟਾਓ
# $hint (String) - how to keep it, e.g. "press Save notes to keep it" (app-draft-save-hint when the form gives none).
app-draft-note = ਇਹ ਪਹਿਲਾਂ ਲਿਖਿਆ ਜਾ ਰਿਹਾ ਸੀ। ਇਹ ਅਜੇ ਸੇਵ ਨਹੀਂ ਹੋਇਆ: { $hint }।
app-draft-save-hint = ਇਸਨੂੰ ਰੱਖਣ ਲਈ ਸੇਵ ਕਰੋ
app-draft-confirm-discard = ਹਾਂ, ਮਿਟਾਓ
app-draft-keep = ਇਸਨੂੰ ਰੱਖੋ
app-draft-discard-question = ਜੋ ਲਿਖਿਆ ਜਾ ਰਿਹਾ ਸੀ, ਕੀ ਉਸਨੂੰ ਮਿਟਾਉਣਾ ਹੈ? ਇਹ ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦਾ ਜਾ ਸਕੇਗਾ।
