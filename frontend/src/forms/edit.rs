//! [`Edit`]: one change to a piece of state, applied to the state as it is when the change
//! lands (so fast typing never loses a key, and an answer that arrives late sees what the
//! person did meanwhile). Forms take their typing as `Edit`s and the app's stores apply them.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// One change to a `T`.
pub struct Edit<T>(Rc<dyn Fn(&mut T)>);

impl<T: 'static> Edit<T> {
    pub fn new(edit: impl Fn(&mut T) + 'static) -> Self {
        Self(Rc::new(edit))
    }

    /// A change that consumes what it carries (an answer of the service); applied at most once.
    pub fn once(edit: impl FnOnce(&mut T) + 'static) -> Self {
        let edit = RefCell::new(Some(edit));
        Self::new(move |target| {
            if let Some(edit) = edit.borrow_mut().take() {
                edit(target);
            }
        })
    }

    pub fn apply(&self, target: &mut T) {
        (self.0)(target)
    }
}

impl<T> Clone for Edit<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> fmt::Debug for Edit<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Edit")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_once_edit_applies_once() {
        let edit = Edit::once(|n: &mut u32| *n += 1);
        let mut n = 0;
        edit.apply(&mut n);
        edit.clone().apply(&mut n);
        assert_eq!(n, 1);
    }
}
