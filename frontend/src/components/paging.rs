//! Page navigation of the result list: 前へ (`.page-prev`), page numbers (`.page-number`, the
//! current one with `aria-current="page"`), ellipses for long runs and 次へ (`.page-next`).

use yew::prelude::*;

use crate::state::lang::use_texts;

/// The deepest page the service serves (narrow the search to see beyond it).
pub use shigoto_domain::limits::MAX_PAGE;

/// One entry of the page navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageItem {
    Page(u32),
    Gap,
}

/// The pages to offer: the first, the last, and two either side of `current`, with gaps.
pub fn page_items(current: u32, total_pages: u32) -> Vec<PageItem> {
    let last = total_pages.min(MAX_PAGE);
    if last == 0 {
        return Vec::new();
    }
    let current = current.clamp(1, last);
    let from = current.saturating_sub(2).max(1);
    let to = (current + 2).min(last);
    let mut items = Vec::new();
    if from > 1 {
        items.push(PageItem::Page(1));
        if from > 2 {
            items.push(PageItem::Gap);
        }
    }
    items.extend((from..=to).map(PageItem::Page));
    if to < last {
        if to + 1 < last {
            items.push(PageItem::Gap);
        }
        items.push(PageItem::Page(last));
    }
    items
}

#[derive(Properties, PartialEq)]
pub struct PagingProps {
    pub page: u32,
    pub total_pages: u32,
    pub on_page: Callback<u32>,
    #[prop_or_default]
    pub disabled: bool,
}

#[function_component]
pub fn Paging(props: &PagingProps) -> Html {
    let t = use_texts();
    let last = props.total_pages.min(MAX_PAGE);
    if last <= 1 {
        return html! {};
    }
    let go = |page: u32| {
        let cb = props.on_page.clone();
        Callback::from(move |_: MouseEvent| cb.emit(page))
    };
    let items = page_items(props.page, props.total_pages)
        .into_iter()
        .map(|item| match item {
            PageItem::Page(page) if page == props.page => html! {
                <li>
                    <button type="button" class="page-number current" aria-current="page"
                        aria-label={t.t_with("paging-page-current", &[("page", page.into())])} disabled={props.disabled}>
                        { page }
                    </button>
                </li>
            },
            PageItem::Page(page) => html! {
                <li>
                    <button type="button" class="page-number" aria-label={t.t_with("paging-page", &[("page", page.into())])}
                        disabled={props.disabled} onclick={go(page)}>
                        { page }
                    </button>
                </li>
            },
            PageItem::Gap => html! { <li class="page-gap" aria-hidden="true">{ "…" }</li> },
        });
    html! {
        <nav class="pagination" aria-label={t.t("paging-label")}>
            <button type="button" class="page-prev"
                disabled={props.disabled || props.page <= 1}
                onclick={go(props.page.saturating_sub(1).max(1))}>
                { t.t("paging-previous") }
            </button>
            <ul class="page-list">{ for items }</ul>
            <button type="button" class="page-next"
                disabled={props.disabled || props.page >= last}
                onclick={go((props.page + 1).min(last))}>
                { t.t("paging-next") }
            </button>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PageItem::{Gap, Page};

    #[test]
    fn short_runs_list_every_page() {
        assert_eq!(page_items(1, 1), [Page(1)]);
        assert_eq!(page_items(2, 4), [Page(1), Page(2), Page(3), Page(4)]);
        assert!(page_items(1, 0).is_empty());
    }

    #[test]
    fn long_runs_have_gaps() {
        assert_eq!(
            page_items(1, 20),
            [Page(1), Page(2), Page(3), Gap, Page(20)]
        );
        assert_eq!(
            page_items(10, 20),
            [
                Page(1),
                Gap,
                Page(8),
                Page(9),
                Page(10),
                Page(11),
                Page(12),
                Gap,
                Page(20)
            ]
        );
        assert_eq!(
            page_items(20, 20),
            [Page(1), Gap, Page(18), Page(19), Page(20)]
        );
        // No gap for a single hidden page: it is shown instead.
        assert_eq!(
            page_items(4, 7),
            [
                Page(1),
                Page(2),
                Page(3),
                Page(4),
                Page(5),
                Page(6),
                Page(7)
            ]
        );
    }

    #[test]
    fn deep_pages_are_capped() {
        assert_eq!(page_items(1, 5000).last(), Some(&Page(MAX_PAGE)));
    }
}
