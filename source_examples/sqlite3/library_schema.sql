-- The example database of the sqlite3 chapter: authors, their books,
-- and the books that are lent out at the moment.

CREATE TABLE author (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    born  INTEGER
);

CREATE TABLE book (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL UNIQUE,
    author_id  INTEGER NOT NULL REFERENCES author (id),
    year       INTEGER,
    pages      INTEGER CHECK (pages > 0),
    genre      TEXT
);

CREATE TABLE loan (
    book_id   INTEGER PRIMARY KEY REFERENCES book (id),
    borrower  TEXT NOT NULL
);
