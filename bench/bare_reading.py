"""The least `reflect open SESSION` must do before it draws, on the bare app: the session's file
and its review read and checked by reflect's own models (pydantic, as the design asks), then
the bare Textual app of `bare_app.py`. Against the bare app it is the share of `reflect open`'s
time that drawing the step sooner could not remove (`bench/first_frame_cpu.py --open`).

    python bench/bare_reading.py SESSION_FILE CONTENT_FOLDER"""

import sys
from pathlib import Path

from reflect.store.catalogue import load_catalogue
from reflect.store.sessions import read_session

if __name__ == "__main__":
    session, _ = read_session(Path(sys.argv[1]))
    review = load_catalogue(Path(sys.argv[2])).load(session.review_id)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bare_app import Bare

    Bare().run()
