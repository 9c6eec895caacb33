# The app's frame: the disguise's page (main.ts), the Quick exit bar, drafts, the case banner,
# incident kinds and messages made by the page itself.

## The disguise's page (before unlock): only the tool's own words.
app-disguise-calculator = Cyfrifiannell
app-disguise-notes = Nodiadau
# $code (String) - the digits that open first-run setup ("0000").
app-first-run-calculator = Newydd yma? Teipiwch { $code } ac yna = i'w osod.
app-first-run-notes = Newydd yma? Teipiwch { $code } ar linell ar ei phen ei hun a phwyso Enter i'w osod.

## The bar over setup and a new PIN after the recovery key.
app-quick-exit = Gadael yn gyflym
app-quick-exit-label = Gadael yn gyflym: cuddio nawr

## Shared bits.
app-updated-just-now = Newydd ei ddiweddaru
app-closed = Mae hwn ar gau. Agorwch ef eto i barhau.
app-refused-during-switch = Roedd achos arall yn agor, felly ni chafodd y newid hwnnw ei gadw. Gwnewch y newid eto.

## Incident kinds.
app-kind-following = Dilyn
app-kind-loitering = Aros neu sefyllian gerllaw
app-kind-calls = Galwadau ffôn
app-kind-messages = Negeseuon neu e-byst
app-kind-social-media = Cyfryngau cymdeithasol
app-kind-gifts-letters = Anrhegion neu lythyrau
app-kind-damage = Difrod i eiddo
app-kind-third-party-contact = Cysylltu drwy bobl eraill
app-kind-tracking-account-access = Tracio neu fynd i mewn i gyfrifon
app-kind-threats = Bygythiadau
app-kind-order-breach = Torri gorchymyn llys
app-kind-other = Rhywbeth arall

## An advocate's open case: the banner in the header.
app-case-caseload = Llwyth achosion
app-case-back-to-own-space = Yn ôl i fy lle fy hun
app-case-close-failed = Doedd dim modd mynd yn ôl ar hyn o bryd. Rhowch gynnig arall arni.

## Drafts: what was being written and is not saved yet.
app-draft-discarded = Wedi'i waredu.
# $label (String) - what the draft is, e.g. "A new incident".
app-draft-discard-label = Gwaredu: { $label }
app-draft-discard-it = Ei waredu
# $hint (String) - how to keep it, e.g. "press Save notes to keep it" (app-draft-save-hint when the form gives none).
app-draft-note = Roeddech chi'n ysgrifennu hwn o'r blaen. Nid yw wedi'i gadw eto: { $hint }.
app-draft-save-hint = cadwch ef er mwyn peidio â'i golli
app-draft-confirm-discard = Ie, gwaredu
app-draft-keep = Ei gadw
app-draft-discard-question = Gwaredu'r hyn roeddech chi'n ei ysgrifennu? Does dim modd ei gael yn ôl.
