//! Problems found in a form a person filled in: each names the field by its path in the form's
//! JSON (`wage.base_min`, `work_history.1.from`) with a [`Text`] saying what is wrong (a
//! catalogue text of the `checks` area, written in the language where it is shown), so the
//! screen can show it on that box. The 求人申込み and the 求職者情報 both report through it.

use shigoto_i18n::Text;

/// One thing wrong with the form: the field and what to tell the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path of the field in the form, e.g. `work.title`.
    pub field: String,
    pub message: Text,
}

/// The problems found so far, in the order of the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(Vec<Problem>);

impl Problems {
    pub fn add(&mut self, field: impl Into<String>, message: Text) {
        self.0.push(Problem {
            field: field.into(),
            message,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.0.iter()
    }

    /// The first problem, if any.
    pub fn first(&self) -> Option<&Problem> {
        self.0.first()
    }

    /// The message on `field`, if it has one.
    pub fn on(&self, field: &str) -> Option<&Text> {
        self.0
            .iter()
            .find(|problem| problem.field == field)
            .map(|problem| &problem.message)
    }

    pub fn into_vec(self) -> Vec<Problem> {
        self.0
    }
}
