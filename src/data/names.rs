//! The native format is defined once, by its serde types: the validator's lists of field names and
//! of allowed values, and each enum's `as_str`, are read from those types, so they cannot disagree.

use serde::de::DeserializeOwned;

/// The names serde reads for `T`, as spelled in files: a struct's fields or an enum's variants, in
/// declaration order.
pub fn names<T: DeserializeOwned>() -> &'static [&'static str] {
    serde_aux::serde_introspection::serde_introspect::<T>()
}

/// Every element of `all` as an array of its (compile-time) length.
pub const fn to_array<T: Copy, const N: usize>(all: &[T]) -> [T; N] {
    assert!(all.len() == N && N > 0);
    let mut out = [all[0]; N];
    let mut i = 0;
    while i < N {
        out[i] = all[i];
        i += 1;
    }
    out
}

/// Gives each listed enum of the format `ALL` (every variant, in declaration order, from strum's
/// `VariantArray`) and `as_str` (serde's spelling of the variant). The enums are fieldless and skip
/// no variant, so a variant's position in serde's list is its discriminant.
macro_rules! format_enums {
    ($($t:ident),* $(,)?) => {$(
        impl $t {
            /// Every variant, in declaration order.
            pub const ALL: [$t; <$t as strum::VariantArray>::VARIANTS.len()] =
                $crate::data::names::to_array(<$t as strum::VariantArray>::VARIANTS);

            /// The name used in files and on the command line.
            pub fn as_str(self) -> &'static str {
                static NAMES: std::sync::LazyLock<&'static [&'static str]> =
                    std::sync::LazyLock::new($crate::data::names::names::<$t>);
                NAMES[self as usize]
            }
        }
    )*};
}
pub(crate) use format_enums;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{Availability, CommercialUse, Kind, Openness, Reported, Status, Unit};
    use serde::Serialize;
    use std::fmt::Debug;

    /// `as_str` is what serde writes and reads back, for every variant, and `ALL` holds each once:
    /// this checks the macro's position-is-discriminant reasoning, not a second spelling.
    fn spelled_as_serde_spells<T>(all: &[T], as_str: fn(T) -> &'static str)
    where
        T: Serialize + DeserializeOwned + PartialEq + Debug + Copy,
    {
        assert_eq!(all.len(), names::<T>().len());
        for &v in all {
            assert_eq!(serde_json::to_value(v).unwrap(), as_str(v));
            assert_eq!(serde_json::from_value::<T>(as_str(v).into()).unwrap(), v);
        }
    }

    #[test]
    fn every_format_enum_is_spelled_as_serde_spells_it() {
        spelled_as_serde_spells(&Kind::ALL, Kind::as_str);
        spelled_as_serde_spells(&Openness::ALL, Openness::as_str);
        spelled_as_serde_spells(&CommercialUse::ALL, CommercialUse::as_str);
        spelled_as_serde_spells(&Availability::ALL, Availability::as_str);
        spelled_as_serde_spells(&Status::ALL, Status::as_str);
        spelled_as_serde_spells(&Unit::ALL, Unit::as_str);
        spelled_as_serde_spells(&Reported::ALL, Reported::as_str);
        assert_eq!(Openness::OpenWeights.as_str(), "open-weights");
        assert_eq!(Unit::TokensPerSecond.as_str(), "tokens_per_second");
    }

    #[test]
    fn struct_fields_come_in_declaration_order() {
        let fields = names::<crate::data::model::Source>();
        assert_eq!(fields, ["title", "url"].as_slice());
    }
}
