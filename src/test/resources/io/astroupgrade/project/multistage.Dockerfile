# syntax=docker/dockerfile:1.7
# FROM astrocrpublic.azurecr.io/runtime:3.0-2  (old experiment, not a base)
ARG REGISTRY=quay.io/astronomer
ARG RUNTIME_VERSION="12.4.0"
ARG FLAVOUR=-python-3.11-base

FROM node:20-alpine AS assets
ARG RUNTIME_VERSION=1.0.0
RUN <<EOF
echo "FROM python:3.11 is not an instruction here"
EOF
COPY <<-"END" /etc/motd
	FROM busybox
	END

FROM --platform=${BUILDPLATFORM:-linux/amd64} \

    # a comment inside the continuation
    ${REGISTRY}/astro-runtime:${RUNTIME_VERSION}${FLAVOUR} \
    AS runtime
USER root

FROM runtime
COPY --from=assets /app /usr/local/airflow/include/app
USER astro
