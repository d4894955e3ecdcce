-- Polis' group-k smoother, kept between the background computations of a conversation analysed with Polis' method
-- (issue 16, ADR 0016): the k the last update found best, how many updates in a row found it, and the k shown.
-- Written as "last,count,smoothed"; NULL before the first computation and whenever the method changes.
ALTER TABLE opinion_conversation ADD COLUMN k_smoother VARCHAR(40);
