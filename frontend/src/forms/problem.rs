//! A problem as a form shows it on a box: the field's path in the form and its message,
//! written when the domain's rules ran (in the language shown then) or as the service or the
//! device said it.

use shigoto_domain::problems::Problems;
use shigoto_i18n::Catalogue;

/// One box's problem, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownProblem {
    /// Path of the field in the form, e.g. `work.title`.
    pub field: String,
    pub message: String,
}

/// The problems the domain's rules found, written with `t`, in the order of the form.
pub fn written(t: &Catalogue, problems: Problems) -> Vec<ShownProblem> {
    problems
        .into_vec()
        .into_iter()
        .map(|problem| ShownProblem {
            message: t.text(&problem.message),
            field: problem.field,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use shigoto_i18n::{catalogue, Lang, Text};

    use super::*;

    #[test]
    fn problems_are_written_in_the_language_given() {
        let mut problems = Problems::default();
        problems.add("work.title", Text::new("checks-employment-type-required"));
        let shown = written(catalogue(Lang::En), problems.clone());
        assert_eq!(
            shown,
            [ShownProblem {
                field: "work.title".into(),
                message: "Choose the type of employment.".into(),
            }]
        );
        assert_eq!(
            written(catalogue(Lang::Ja), problems)[0].message,
            "雇用形態を選んでください。"
        );
    }
}
