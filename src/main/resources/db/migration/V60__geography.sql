-- Geography: boundaries of places and LSOAs imported from GeoJSON (WGS84), one row per level and code.
-- The geometry is kept as a GeoJSON MultiPolygon's coordinates; maps read it once after an import and keep
-- it projected in memory.
create schema geography;

create table geography.boundary (
    level       text not null check (level in ('PLACE', 'LSOA')),
    code        text not null,
    name        text,
    geometry    text not null,
    points      int  not null,
    source      text not null,
    imported_at timestamptz not null,
    primary key (level, code)
);
