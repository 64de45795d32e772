//! `labelled_enum!`: a closed list of values with a wire name and a label each. The label is
//! shown in the language of the screen through its catalogue key (`enum-<Type>-<wire name>`,
//! [`Labelled::label_key`]); the Japanese label written here is the reference, and a test
//! checks that the Japanese catalogue says the same.

/// A value of a `labelled_enum!` list.
pub trait Labelled: Copy + 'static {
    /// Every value, in display order.
    const VALUES: &'static [Self];
    /// The Japanese label (the reference).
    fn japanese_label(self) -> &'static str;
    /// The catalogue key of its label.
    fn label_key(self) -> &'static str;
}

macro_rules! labelled_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal => $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $wire)] $variant),+
        }

        // Written by hand: the derive cannot read a `serde(rename)` made by this macro, and
        // documented the Rust names instead of the wire values.
        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($wire),+]))
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {}

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The Japanese label shown to people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The catalogue key of its label (`enum-<Type>-<wire name>`).
            pub fn label_key(self) -> &'static str {
                match self { $($name::$variant => concat!("enum-", stringify!($name), "-", $wire)),+ }
            }

            /// The label in the language of `texts`.
            pub fn label_in(self, texts: &shigoto_i18n::Catalogue) -> String {
                texts.t(self.label_key())
            }

            /// The value as it appears on the wire.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            /// Parses the wire form.
            pub fn from_wire(text: &str) -> Option<Self> {
                match text { $($wire => Some($name::$variant),)+ _ => None }
            }
        }

        impl $crate::labelled::Labelled for $name {
            const VALUES: &'static [Self] = Self::ALL;
            fn japanese_label(self) -> &'static str {
                self.label()
            }
            fn label_key(self) -> &'static str {
                $name::label_key(self)
            }
        }
    };
}
