"""Instructors' tools: a lesson from a new article, answer keys, validation, a gradebook, a student copy.

The command line (`python -m toolkit new-lesson | validate | gradebook | build-student`) is a
thin layer over these modules, one idea each:

- `lexicon`: the loaded-language word list a lesson uses (the built-in one plus the course's
  and the article's own files);
- `keys`: answer keys drafted from the analyzers, marked `draft` for an instructor to review;
- `sentence_review`: reviewing a sentence key (accept, fix, add, save as reviewed), the state
  behind `toolkit.widgets.review_sentence_key`;
- `templates`: the notebooks and the exercise spec of a generated lesson;
- `new_lesson`: an article in, a seed folder, draft keys, a lesson and an exercise out;
- `positions`: where a field of a YAML or JSON file is (its line), for messages;
- `validate`: every problem of a project, a seed, a notebook or an exercise spec;
- `gradebook`: a collected class's saved work re-scored into CSV files and a summary;
- `student_build`: the copy students receive (no answer keys, no instructor notes).

Nothing here is imported by `import toolkit`; each module imports what it needs when used.
"""
