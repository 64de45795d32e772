//! [`use_every`]: calls a callback every so many seconds while the component is shown, for
//! screens that read this device's copy again as sync brings news (メッセージ).

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen_futures::spawn_local;
use yew::platform::time::sleep;
use yew::prelude::*;

/// How often the message screens read the device's copy again (no network: sync fills it).
pub const REREAD_SECONDS: u64 = 5;

/// Emits `tick` every `seconds` until the component goes.
#[hook]
pub fn use_every(seconds: u64, tick: Callback<()>) {
    use_effect_with((), move |()| {
        let alive = Rc::new(Cell::new(true));
        let running = alive.clone();
        spawn_local(async move {
            loop {
                sleep(Duration::from_secs(seconds)).await;
                if !running.get() {
                    break;
                }
                tick.emit(());
            }
        });
        move || alive.set(false)
    });
}
