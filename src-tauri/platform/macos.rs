//! macOS: AppKit and Foundation through objc2 (the versions Tauri itself uses), and a few process
//! settings through nix.
//!
//! Documented APIs used:
//! - `setrlimit(RLIMIT_CORE, 0)`, `umask(077)`;
//! - `NSWorkspace.notificationCenter`: `NSWorkspaceWillSleepNotification` ("an observer of this
//!   message can delay sleep for up to 30 seconds"), `NSWorkspaceScreensDidSleepNotification`,
//!   `NSWorkspaceSessionDidResignActiveNotification` (another user took the screen);
//! - `NSDistributedNotificationCenter`: `com.apple.screenIsLocked` and
//!   `com.apple.screensaver.didstart`, which the system posts (not in Apple's reference, but long
//!   relied on: the screen lock is announced nowhere else), observed with
//!   `NSNotificationSuspensionBehaviorDeliverImmediately`;
//! - `NSRunLoop runUntilDate:`, to keep drawing while sleep is held back;
//! - `NSPasteboard`: `prepareForNewContentsWithOptions(CurrentHostOnly)` (kept off Universal
//!   Clipboard), `setString:forType:`, `changeCount`, `clearContents`, and the
//!   `org.nspasteboard.ConcealedType` marker that clipboard managers honour (nspasteboard.org);
//! - `NSSavePanel cancel:`.

// Objective-C calls are FFI: this file, `windows.rs` and `windows_dialog.rs` are the only places
// allowed `unsafe`, and every block says why it is sound. objc2-app-kit 0.3 releases differ in
// which of these calls they mark `unsafe`, so each call is inside a block whether or not this
// release needs it.
#![allow(unsafe_code, unused_unsafe)]

use std::ptr::NonNull;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use block2::RcBlock;
use objc2::rc::Retained;
use objc2::runtime::NSObject;
use objc2::{AllocAnyThread, MainThreadMarker, define_class, msg_send, sel};
use objc2_app_kit::{
    NSApplication, NSPasteboard, NSPasteboardContentsOptions, NSPasteboardTypeString, NSSavePanel,
    NSWindow, NSWorkspace, NSWorkspaceScreensDidSleepNotification,
    NSWorkspaceSessionDidResignActiveNotification, NSWorkspaceWillSleepNotification,
};
use objc2_foundation::{
    NSDate, NSDistributedNotificationCenter, NSNotification, NSNotificationCenter,
    NSNotificationName, NSNotificationSuspensionBehavior, NSObjectProtocol, NSRunLoop, NSString,
    ns_string,
};
use tauri::{AppHandle, Runtime};
use zeroize::Zeroizing;

use super::DesktopEvent;
use crate::clipboard::CopiedText;

pub use super::plugin_shortcut::{
    set_shortcut, shortcut_kept_by_desktop, shortcut_key_supported, start_shortcut,
    with_shortcut_support,
};

pub fn prepare_process() {
    // Everything this process creates is readable by this user only (as on Linux).
    nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(0o077));
    // No core file (it would hold decrypted memory); the hard limit too, so nothing can raise it.
    let _ = nix::sys::resource::setrlimit(nix::sys::resource::Resource::RLIMIT_CORE, 0, 0);
}

/// Nothing to forget: the Open and Save panels (rfd 0.17) add nothing to the app's Recent
/// Documents, which only the document architecture (`NSDocumentController
/// noteNewRecentDocumentURL:`) fills and this app does not use; clearing that empty list would
/// change nothing.
pub fn forget_recent_files() {}

type OnEvent = Arc<dyn Fn(DesktopEvent) + Send + Sync>;

/// Set once; read by the screen-lock observer, an Objective-C object given no state of its own.
static ON_EVENT: OnceLock<OnEvent> = OnceLock::new();

/// Called from the app's setup on the main thread, whose run loop delivers these notifications.
pub fn watch_lock_and_sleep(on_event: OnEvent) {
    if ON_EVENT.set(on_event.clone()).is_err() {
        return; // already watching
    }
    // SAFETY: AppKit's shared workspace and notification centre, and its immutable
    // notification-name constants.
    let (workspace, names) = unsafe {
        (
            NSWorkspace::sharedWorkspace().notificationCenter(),
            [
                (NSWorkspaceWillSleepNotification, DesktopEvent::GoingToSleep),
                (
                    NSWorkspaceScreensDidSleepNotification,
                    DesktopEvent::ScreenLocked,
                ),
                (
                    NSWorkspaceSessionDidResignActiveNotification,
                    DesktopEvent::ScreenLocked,
                ),
            ],
        )
    };
    for (name, event) in names {
        observe(&workspace, name, event, &on_event);
    }
    watch_screen_lock();
}

/// AppKit suspends distributed notifications while the app is not frontmost, and by default
/// holds them back until it is: a lock while another app is in front would hide nothing. These
/// two are asked for at once whatever the app's state, which only the selector form of
/// registration offers, hence an observer object.
fn watch_screen_lock() {
    let observer = ScreenLockObserver::alloc().set_ivars(());
    // SAFETY: NSObject's `init`, on a new allocation whose (empty) Rust ivars are set.
    let observer: Retained<ScreenLockObserver> = unsafe { msg_send![super(observer), init] };
    // SAFETY: the shared distributed notification centre.
    let center = unsafe { NSDistributedNotificationCenter::defaultCenter() };
    for name in [
        ns_string!("com.apple.screenIsLocked"),
        ns_string!("com.apple.screensaver.didstart"),
    ] {
        // SAFETY: `screenLocked:` is the observer's method and takes the notification; the
        // centre does not retain the observer, which is kept alive below.
        unsafe {
            center.addObserver_selector_name_object_suspensionBehavior(
                &observer,
                sel!(screenLocked:),
                Some(name),
                None,
                NSNotificationSuspensionBehavior::DeliverImmediately,
            );
        }
    }
    // Kept for the life of the app on purpose: the observer is never removed.
    std::mem::forget(observer);
}

define_class!(
    /// Receives the screen-lock notifications; holds nothing (the app's closure is `ON_EVENT`).
    /// The class name is the disguise's, like the Windows window class.
    // SAFETY: NSObject may be subclassed; this adds one method, no ivars and no `Drop`.
    #[unsafe(super(NSObject))]
    #[name = "PocketCalcLockObserver"]
    struct ScreenLockObserver;

    // SAFETY: NSObject conforms to the protocol, so its subclass does.
    unsafe impl NSObjectProtocol for ScreenLockObserver {}

    impl ScreenLockObserver {
        #[unsafe(method(screenLocked:))]
        fn screen_locked(&self, _notification: &NSNotification) {
            // On a thread of its own, like every other source: the hide closes the vault.
            std::thread::spawn(|| {
                if let Some(on_event) = ON_EVENT.get() {
                    on_event(DesktopEvent::ScreenLocked);
                }
            });
        }
    }
);

/// Each time `center` posts `name`, calls `on_event` on a thread of its own.
fn observe(
    center: &NSNotificationCenter,
    name: &NSNotificationName,
    event: DesktopEvent,
    on_event: &OnEvent,
) {
    let on_event = on_event.clone();
    let block: RcBlock<dyn Fn(NonNull<NSNotification>)> =
        RcBlock::new(move |_: NonNull<NSNotification>| {
            let on_event = on_event.clone();
            let (finished, done) = mpsc::channel();
            std::thread::spawn(move || {
                on_event(event);
                let _ = finished.send(());
            });
            if event == DesktopEvent::GoingToSleep {
                hold_sleep(&done);
            }
        });
    // SAFETY: the block is sendable (it holds only an `Arc` of a `Send + Sync` closure and a
    // `Copy` value) and touches no Objective-C object; no object filter, no queue (it runs where
    // the notification is posted).
    let observer = unsafe {
        center.addObserverForName_object_queue_usingBlock(Some(name), None, None, &block)
    };
    // Kept for the life of the app on purpose: the observer is never removed.
    std::mem::forget(observer);
}

/// The Mac sleeps once the sleep observer returns, so it is held until the hide has finished
/// (`done`: the vault is closed), for at most 5 s. The disguise is drawn on this (main) thread,
/// so rather than block, this runs the thread's run loop in short steps meanwhile, as wry does
/// while it waits for the webview: the disguise goes up before the sleep.
fn hold_sleep(done: &mpsc::Receiver<()>) {
    let until = Instant::now() + Duration::from_secs(5);
    while Instant::now() < until {
        if !matches!(
            done.recv_timeout(Duration::from_millis(5)),
            Err(RecvTimeoutError::Timeout)
        ) {
            return; // hidden and locked (or the hide thread is gone)
        }
        // SAFETY: this thread's own run loop, run in its default mode as AppKit's nested loops
        // do; tao does not re-enter the app's event handler while it is running.
        unsafe {
            NSRunLoop::currentRunLoop().runUntilDate(&NSDate::dateWithTimeIntervalSinceNow(0.05));
        }
    }
}

/// The page leaves copies to [`copy_privately`], so the text never reaches the clipboard
/// without its markers.
pub const COPIES_MADE_BY_APP: bool = true;

/// The pasteboard's change count just after this app last put copied text on it.
static WRITTEN: AtomicIsize = AtomicIsize::new(isize::MIN);

/// Puts the text back on the general pasteboard, marked concealed and kept on this Mac.
pub fn copy_privately<R: Runtime>(app: &AppHandle<R>, text: &str) {
    let text = Zeroizing::new(text.to_owned());
    let _ = app.run_on_main_thread(move || {
        let text = NSString::from_str(&text);
        // SAFETY: the general pasteboard and AppKit's string-type constant, on the main thread.
        unsafe {
            let pasteboard = NSPasteboard::generalPasteboard();
            // Empties it; what follows stays on this Mac (no Universal Clipboard).
            let _ = pasteboard
                .prepareForNewContentsWithOptions(NSPasteboardContentsOptions::CurrentHostOnly);
            // The marker before the text: no clipboard manager ever sees the text without it.
            let _ = pasteboard
                .setString_forType(ns_string!(""), ns_string!("org.nspasteboard.ConcealedType"));
            let _ = pasteboard.setString_forType(&text, NSPasteboardTypeString);
            WRITTEN.store(pasteboard.changeCount(), Ordering::SeqCst);
        }
    });
}

/// Empties the pasteboard if nothing has been put on it since the app's copy. The change count
/// says so without reading the pasteboard: no vault text is read back into memory, and no
/// pasteboard-access prompt (newer macOS asks before a program reads the pasteboard) can appear
/// over the disguise.
pub fn clear_clipboard<R: Runtime>(app: &AppHandle<R>, copied: Option<CopiedText>) {
    if copied.is_none() {
        return;
    }
    let _ = app.run_on_main_thread(|| {
        // SAFETY: the general pasteboard, on the main thread.
        unsafe {
            let pasteboard = NSPasteboard::generalPasteboard();
            if pasteboard.changeCount() == WRITTEN.load(Ordering::SeqCst) {
                let _ = pasteboard.clearContents();
            }
        }
    });
}

/// The Open and Save panels are sheets on the window, and a hide keeps the window (showing the
/// disguise) with the sheet still on it: each open panel is cancelled, as if Cancel had been
/// pressed. rfd runs a panel on its own (not as a sheet) only when there is no window; those are
/// cancelled too.
pub fn close_dialogs<R: Runtime>(app: &AppHandle<R>) {
    let _ = app.run_on_main_thread(|| {
        let Some(main_thread) = MainThreadMarker::new() else {
            return;
        };
        // SAFETY: the app's windows, read and cancelled on the main thread.
        unsafe {
            for window in NSApplication::sharedApplication(main_thread).windows() {
                // A sheet is reached through its window, never twice.
                if window.isSheet() {
                    continue;
                }
                if let Some(sheet) = window.attachedSheet() {
                    cancel_if_panel(&sheet);
                }
                cancel_if_panel(&window);
            }
        }
    });
}

fn cancel_if_panel(window: &NSWindow) {
    // SAFETY: on the main thread (called from `close_dialogs` only); `cancel:` is the panel's
    // Cancel button action and takes no sender.
    unsafe {
        if let Some(panel) = window.downcast_ref::<NSSavePanel>()
            && panel.isVisible()
        {
            panel.cancel(None);
        }
    }
}

pub fn global_shortcuts_available() -> bool {
    true
}
