//! `service_settings`: small named facts about this database.

use diesel::prelude::*;

use crate::schema::service_settings;
use crate::AnyConnection;

/// The value stored under `name`, if any.
pub fn get(conn: &mut AnyConnection, name: &str) -> QueryResult<Option<String>> {
    service_settings::table
        .find(name)
        .select(service_settings::value)
        .first(conn)
        .optional()
}

/// Stores `value` under `name`, replacing what was there.
pub fn set(conn: &mut AnyConnection, name: &str, value: &str) -> QueryResult<()> {
    crate::write_transaction(conn, |conn| {
        diesel::delete(service_settings::table.find(name)).execute(conn)?;
        diesel::insert_into(service_settings::table)
            .values((
                service_settings::name.eq(name),
                service_settings::value.eq(value),
            ))
            .execute(conn)?;
        Ok(())
    })
}
