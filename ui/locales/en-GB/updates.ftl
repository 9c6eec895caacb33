## Updates, in Settings. $version: a version number such as 0.3.0; $published: the day it was
## published, as the makers give it; $name: a file name.

updates-title = Updates
updates-about = This app never looks for updates by itself. When you check, it only accepts an update signed by its makers.
updates-running = This is version { $version }.
updates-cannot-check = This copy was built without the makers' signing key, so it cannot check for updates safely. Get updates the way you got this app.
updates-address-label = Address to check
updates-address-hint = The makers' own address, starting with https://. Checking asks it once and sends nothing about you or what you keep here, but its owner, and whoever runs the network you are on (the Wi-Fi, for example), can see its name and that this computer asked. So use a plain address, not a support service's.
updates-check = Check for updates
updates-checking = Checking…
updates-check-failed = The check could not be made. Nothing was changed.
updates-up-to-date = No newer version was found. This is version { $version }.
updates-available = Version { $version } (published { $published }) is available. It is signed by the makers of this app. Download it, then install it as you installed this one.
updates-file = File: { $name }
updates-download = Download…
updates-downloading = Downloading…
updates-saved = Saved { $name }. It was checked against the makers' signature and is genuine. Install it as you installed this app.
updates-not-saved = Nothing was saved. Version { $version } is still there when you are ready.
updates-download-failed = The update could not be downloaded. Nothing was saved.
updates-load-failed = The update settings could not be loaded.
