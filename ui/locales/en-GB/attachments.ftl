## Attached files (attachments.ts, attachment-format.ts)

# Between the files of a version ("a.jpg (…), b.png (…)").
attachments-list-separator = { ", " }

## Sizes ($count and $size are numbers; 1 KB = 1024 bytes)
attachments-size-unknown = unknown size
attachments-size-bytes =
    { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
attachments-size-kb = { $size } KB
attachments-size-mb = { $size } MB
attachments-size-gb = { $size } GB

## Adding files to an entry
attachments-add = Add photos or files
attachments-hint = The file is copied into this app and locked away with everything else. The original stays where it was — you may want to delete it from the computer or phone it came from.
attachments-hint-revising = Taking a file off this list leaves it in the earlier versions.
attachments-list-label = Files attached to this entry
attachments-earlier-file = A file attached earlier
attachments-remove = Remove
attachments-remove-label = Remove { $name }
attachments-removed = { $name } was taken off this entry.
attachments-loading = Loading its details…
attachments-details-failed-still-attached = Its details could not be loaded, but it is still attached.
attachments-details-failed-all = The details of the files already attached could not be loaded. They are still attached and will be kept.
attachments-adding = Adding { $name }…
attachments-adding-one-of = Adding { $number } of { $total }: { $name }…
# $problem: attachments-too-large, attachments-add-failed, or the vault's own words.
attachments-file-problem = { $name }: { $problem }
attachments-too-large = The file is too large. Files can be up to { $size } MB.
attachments-add-failed = it could not be added. Please try again.
attachments-already = { $name } is already attached, so it was not added twice.
attachments-added-one = { $name } added.
# $count is 2 or more.
attachments-added-many = { $count } files added.

## An entry's files
attachments-view-label = Attached files
attachments-a-file = A file
attachments-details-failed-now = Its details could not be loaded just now.
attachments-show = Show
attachments-show-label = Show { $name }
attachments-hide = Hide
attachments-hide-label = Hide { $name }
attachments-picture-failed = This picture could not be shown here. The file itself is kept safely.
attachments-full-hash = Full SHA-256
# Before the files of one version in the history.
attachments-version-files =
    { $count ->
        [one] File:
       *[other] Files:
    }
attachments-version-file-unknown = a file whose details could not be loaded
