-- The demo-data generator's progress: which batches of which steps are done, each committed in the same
-- transaction as the batch's rows, so that a rerun after an interruption skips exactly the finished work.
CREATE TABLE demo_data_run (
    id INT PRIMARY KEY,
    scale VARCHAR(20) NOT NULL,
    seed BIGINT NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT demo_data_run_single CHECK (id = 1)
);

CREATE TABLE demo_data_progress (
    step VARCHAR(40) NOT NULL,
    batch INT NOT NULL,
    done_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (step, batch)
);
