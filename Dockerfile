# The scowatch image: the official Airflow 3.3 image with the project installed from uv.lock.
FROM apache/airflow:3.3.2-python3.11

USER root
# nothing to install from apt: scrapy, lxml and psycopg come as wheels
USER airflow

WORKDIR /opt/scowatch
COPY --chown=airflow:root pyproject.toml uv.lock README.md ./
COPY --chown=airflow:root pipeline ./pipeline
COPY --chown=airflow:root scrapers ./scrapers
COPY --chown=airflow:root scrapy.cfg ./

# Install exactly the locked versions into the image's own environment (where Airflow lives),
# leaving out the dev group and Airflow itself, which the base image already provides.
RUN pip install --no-cache-dir "uv>=0.8" \
 && uv export --frozen --no-dev --no-hashes --no-emit-project \
      --no-emit-package apache-airflow --no-emit-package apache-airflow-core \
      --no-emit-package apache-airflow-task-sdk > /tmp/requirements.txt \
 && pip install --no-cache-dir -r /tmp/requirements.txt \
 && pip install --no-cache-dir --no-deps -e . \
 && rm /tmp/requirements.txt

COPY --chown=airflow:root dags /opt/airflow/dags
COPY --chown=airflow:root scowatch.toml /opt/scowatch/scowatch.toml
ENV SCOWATCH_CONFIG=/opt/scowatch/scowatch.toml
