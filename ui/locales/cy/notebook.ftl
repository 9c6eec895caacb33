# Y llyfr nodiadau bob dydd: geiriau unrhyw lyfr nodiadau cyffredin, dim mwy.

## Y bar a'r rhestr o dudalennau

notebook-bar-title = Llyfr nodiadau
notebook-nav-label = Llyfr nodiadau
notebook-nav-pages = Tudalennau
notebook-nav-settings = Gosodiadau
notebook-lock = Cloi
notebook-pages-heading = Tudalennau
notebook-list-label = Eich tudalennau
notebook-new-page = Tudalen newydd
notebook-empty = Dim tudalennau eto.
notebook-untitled = Heb deitl
notebook-load-failed = Doedd dim modd llwytho eich tudalennau. Rhowch gynnig arall arni.
notebook-deleted = Mae'r dudalen wedi'i dileu.

## Un dudalen

notebook-new-page-heading = Tudalen newydd
notebook-title-label = Teitl
notebook-body-label = Testun
notebook-save = Cadw
notebook-saved = Wedi'i chadw.
notebook-nothing-to-save = Does dim byd i'w gadw eto. Ysgrifennwch deitl neu ychydig o destun yn gyntaf.
notebook-save-failed = Doedd dim modd cadw'r dudalen. Rhowch gynnig arall arni.
notebook-back = Yn ôl i'r tudalennau
notebook-leave-question = Gadael y dudalen hon heb gadw'ch newidiadau?
notebook-leave-yes = Gadael heb gadw
notebook-leave-no = Dal ati i ysgrifennu
notebook-delete = Dileu
notebook-delete-question = Dileu'r dudalen hon? Does dim modd dadwneud hyn.
notebook-delete-yes = Ie, dileu
notebook-delete-no = Ei chadw
notebook-delete-failed = Doedd dim modd dileu'r dudalen. Does dim byd wedi newid.
# Cyn y dyddiad a'r amser: "Newidiwyd ddiwethaf Sad 5 Gorff 2025, 14:05".
notebook-changed-prefix = Newidiwyd ddiwethaf

## Gosodiadau: y PIN yn unig

notebook-settings-heading = Gosodiadau
notebook-settings-lead = Y PIN sy'n agor eich llyfr nodiadau.
notebook-change-pin-heading = Newid PIN
notebook-current-pin = Eich PIN presennol
notebook-new-pin = PIN newydd
notebook-pin-hint = { $min } i { $max } digid. Osgowch ddyddiadau neu rifau y gallai eraill eu dyfalu.
notebook-new-pin-again = Teipiwch y PIN newydd eto
notebook-change-pin = Newid PIN
notebook-need-current-pin = Teipiwch eich PIN presennol yn gyntaf.
notebook-pin-changed = Mae eich PIN wedi newid. O hyn ymlaen, defnyddiwch y PIN newydd i agor eich llyfr nodiadau.
notebook-pin-change-failed = Doedd dim modd newid eich PIN. Mae eich hen PIN yn dal i weithio.
notebook-pin-not-usable = Does dim modd defnyddio'r PIN hwnnw. Dewiswch un arall.
notebook-changing = Wrthi'n newid…
