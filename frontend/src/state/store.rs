//! [`Store`]: a piece of state changed only by [`Edit`]s, through `use_reducer`. Pages keep
//! their forms in one (`use_store`), and the app-wide contexts are built on it. A change that
//! leaves the state as it was does not draw the screen again.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::forms::edit::Edit;

/// The state `T`, changed by [`Edit`]s.
#[derive(Debug, Default, PartialEq)]
pub struct Store<T>(T);

impl<T> Deref for Store<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone + PartialEq + 'static> Reducible for Store<T> {
    type Action = Edit<T>;

    fn reduce(self: Rc<Self>, edit: Edit<T>) -> Rc<Self> {
        let mut next = self.0.clone();
        edit.apply(&mut next);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// A handle on a [`Store`]: read it through `Deref`, change it with [`Update::update`].
pub type StoreHandle<T> = UseReducerHandle<Store<T>>;

/// Changing a store.
pub trait Update<T> {
    /// Applies `change` to the state as it is when the change lands.
    fn update(&self, change: impl Fn(&mut T) + 'static);
    /// Applies `change` once (it may consume what it carries, e.g. an answer).
    fn update_once(&self, change: impl FnOnce(&mut T) + 'static);
}

impl<T: Clone + PartialEq + 'static> Update<T> for StoreHandle<T> {
    fn update(&self, change: impl Fn(&mut T) + 'static) {
        self.dispatch(Edit::new(change));
    }

    fn update_once(&self, change: impl FnOnce(&mut T) + 'static) {
        self.dispatch(Edit::once(change));
    }
}

/// A store starting from `T::default()`, owned by the calling component.
#[hook]
pub fn use_store<T: Clone + PartialEq + Default + 'static>() -> StoreHandle<T> {
    use_reducer(|| Store(T::default()))
}

/// A store starting from `init()`.
#[hook]
pub fn use_store_with<T: Clone + PartialEq + 'static>(init: impl FnOnce() -> T) -> StoreHandle<T> {
    use_reducer(move || Store(init()))
}

/// A callback that applies the form edits a view emits to `store`.
pub fn edits<T: Clone + PartialEq + 'static>(store: &StoreHandle<T>) -> Callback<Edit<T>> {
    let store = store.clone();
    Callback::from(move |edit: Edit<T>| store.dispatch(edit))
}
