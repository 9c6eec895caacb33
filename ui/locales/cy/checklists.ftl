# Routine-change and device-safety checklists (screens/checklists.ts).
# $list is a list's name, $item the words of an item on it.

## How often an item comes back

checklists-repeat-weekly = bob wythnos
checklists-repeat-monthly = bob mis
checklists-repeat-days = { $days ->
        [one] bob dydd
       *[other] bob { $days } diwrnod
    }
checklists-repeat-once = Unwaith
checklists-repeat-every-week = Bob wythnos
checklists-repeat-every-month = Bob mis
checklists-repeat-every-days = { $days ->
        [one] Bob dydd
       *[other] Bob { $days } diwrnod
    }

## The lists

checklists-title = Rhestrau gwirio
checklists-due-count = { $count ->
        [one] { $count } peth i'w wneud nawr.
       *[other] { $count } peth i'w gwneud nawr.
    }
checklists-nothing-due = Does dim byd i'w wneud ar hyn o bryd.
checklists-load-failed = Doedd dim modd llwytho eich rhestrau gwirio.
checklists-change-list = Newid y rhestr hon
checklists-change-list-label = Newid y rhestr hon: { $list }
checklists-done-changing = Wedi gorffen newid
checklists-done-changing-label = Wedi gorffen newid { $list }
checklists-empty = Does dim byd ar y rhestr hon eto.
checklists-due-again = i'w wneud eto

## Changing an item

checklists-item-change = Newid
checklists-item-change-label = Newid "{ $item }"
checklists-item-remove = Tynnu
checklists-item-remove-label = Tynnu "{ $item }"
checklists-what-to-do = Beth i'w wneud
checklists-how-often = Pa mor aml
checklists-item-save = Cadw
checklists-item-cancel = Canslo
checklists-item-empty = Ysgrifennwch rywbeth ar gyfer yr eitem hon, neu tynnwch hi.
checklists-saving = Wrthi'n cadw…
checklists-saved = Wedi'i gadw.
checklists-item-save-failed = Doedd dim modd cadw hyn. Does dim byd wedi newid.
checklists-item-remove-question = Tynnu'r eitem hon? Does dim modd dadwneud hyn.
checklists-item-removed = Mae "{ $item }" wedi'i dynnu.
checklists-item-remove-failed = Doedd dim modd tynnu hyn. Does dim byd wedi newid.

## Adding an item, renaming or removing a list

checklists-add-item = Ychwanegu eitem
checklists-add-item-label = Ychwanegu eitem at { $list }
checklists-new-item = Eitem newydd
checklists-new-item-draft = Eitem newydd ar gyfer "{ $list }"
checklists-new-item-save-hint = pwyswch Ychwanegu eitem i'w gadw
checklists-new-item-empty = Ysgrifennwch beth yw'r eitem.
checklists-adding = Wrthi'n ychwanegu…
checklists-added = Wedi'i ychwanegu.
checklists-add-failed = Doedd dim modd ychwanegu hyn. Does dim byd wedi newid.
checklists-list-name = Enw'r rhestr
checklists-name-form-label = Enw { $list }
checklists-save-name = Cadw'r enw
checklists-name-empty = Rhowch enw i'r rhestr.
checklists-renamed = Enw'r rhestr nawr yw "{ $list }".
checklists-rename-failed = Doedd dim modd cadw'r enw. Does dim byd wedi newid.
checklists-remove-list = Tynnu'r rhestr hon
checklists-remove-list-question = Tynnu'r rhestr "{ $list }" a phopeth sydd arni? Does dim modd dadwneud hyn.
checklists-list-removed = Mae'r rhestr "{ $list }" wedi'i thynnu.
checklists-remove-list-failed = Doedd dim modd tynnu'r rhestr. Does dim byd wedi newid.

## A new list

checklists-new-list-title = Rhestr newydd i chi eich hun
checklists-make-list = Creu'r rhestr
checklists-new-list-draft = Rhestr wirio newydd
checklists-new-list-save-hint = pwyswch Creu'r rhestr i'w gadw
checklists-making = Wrthi'n creu…
checklists-made = Mae "{ $list }" wedi'i chreu. Ychwanegwch ei heitem gyntaf isod.
checklists-make-failed = Doedd dim modd creu'r rhestr. Does dim byd wedi newid.
