-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 7: how many records hold each indexed token, read by ListQuery to choose a plan: a rare term
-- drives the query by its match set, a common one is tested row by row while an index is read in order.
CREATE VIRTUAL TABLE search_fts_vocab USING fts5vocab(search_fts, 'row');
CREATE VIRTUAL TABLE search_gram_vocab USING fts5vocab(search_gram, 'row');
