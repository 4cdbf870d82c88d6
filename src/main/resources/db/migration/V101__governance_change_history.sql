-- A single change by the board secretary is a model version too, attributed and described.
alter table governance.model_version add column actor text;
alter table governance.model_version add column change text;
